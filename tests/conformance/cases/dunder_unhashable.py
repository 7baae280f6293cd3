"""A class defining __eq__ without __hash__ is unhashable, as CPython makes it: dict keys, set
items and hash() raise TypeError, while == and lists of them still work."""


class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Tag) and self.name.lower() == other.name.lower()


def tags(names):
    items = [Tag(n) for n in names]
    errors = []
    try:
        d = {items[0]: 1}
        errors.append(str(len(d)))
    except TypeError as e:
        errors.append(str(e))
    try:
        s = set()
        s.add(items[0])
    except TypeError as e:
        errors.append(str(e))
    try:
        hash(items[0])
    except TypeError as e:
        errors.append(str(e))
    same = [a == b for a in items for b in items]
    return errors, same, items.count(Tag(names[0].upper())), Tag("x") in items


ENTRY = "tags"
SAMPLES = [(["a", "A", "b"],)]
CHECKS = [(["x"],)]
