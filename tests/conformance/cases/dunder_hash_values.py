"""hash() of instances: __hash__'s int is used as is (not reduced), -1 becomes -2 as in CPython,
a bool result counts as an int, and sets of such instances iterate in CPython's order."""


class Key:
    def __init__(self, h, label):
        self.h = h
        self.label = label

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.label == other.label

    def __repr__(self):
        return f"Key({self.label})"


class Flag:
    def __init__(self, on):
        self.on = on

    def __hash__(self):
        return self.on

    def __eq__(self, other):
        return self is other


def hashes(values):
    keys = [Key(v, f"k{i}") for i, v in enumerate(values)]
    s = set(keys)
    return [hash(k) for k in keys], repr(s), [k.label for k in s], hash(Flag(True)), hash(Flag(False)), \
        Key(-1, "k0") in s


ENTRY = "hashes"
SAMPLES = [([-1, 5, 2**61 + 7, 8, -2, 13],), ([0],)]
CHECKS = [([9, 1, 17, 33, 65, 3],)]
