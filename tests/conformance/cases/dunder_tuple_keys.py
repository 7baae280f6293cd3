"""Dict keys and set items that are tuples holding instances: hashing the tuple hashes the
instance through its __hash__, lookups compare with __eq__."""


class Color:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Color) and self.name == other.name

    def __hash__(self):
        return len(self.name)

    def __repr__(self):
        return f"Color({self.name!r})"


def palette(names, sizes):
    stock = {}
    for n, s in zip(names, sizes):
        key = (s, Color(n))
        stock[key] = stock.get(key, 0) + 1
    seen = {(s % 2, Color(n)) for n, s in zip(names, sizes)}
    return str(stock), len(seen), (sizes[0], Color(names[0])) in stock, (99, Color("none")) in stock, \
        hash((1, Color("ab"))) == hash((1, Color("xy")))


ENTRY = "palette"
SAMPLES = [(["red", "blue", "red", "teal"], [1, 2, 1, 1])]
CHECKS = [(["x"], [0])]
