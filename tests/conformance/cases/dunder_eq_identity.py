"""An __eq__ that is never true (like NaN): CPython's containers test identity first, so `x in
[x]`, list equality, count() and remove() still find the very same object, while x == x is
False."""


class Never:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return False

    def __repr__(self):
        return f"Never({self.tag})"


def identity(n):
    items = [Never(i) for i in range(n)]
    x = items[0]
    other = Never(0)
    copy = list(items)
    removed = ""
    try:
        copy.remove(other)
    except ValueError as e:
        removed = str(e)
    copy.remove(x)
    return [x == x, x != x, x in items, other in items, items == list(items), [other] == [Never(0)],
            items.count(x), items.count(other), len(copy)], removed, items.index(x)


ENTRY = "identity"
SAMPLES = [(3,), (1,)]
CHECKS = [(5,)]
