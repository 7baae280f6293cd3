"""Instances with __eq__ and __hash__ as dict keys and set items: equal points find the same
entry, sets drop duplicates in CPython's order, `in` tests, and printing the dict and the set
uses __repr__."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x}, {self.y})"


def visits(xs, ys):
    counts = {}
    for x, y in zip(xs, ys):
        p = Point(x, y)
        counts[p] = counts.get(p, 0) + 1
    unique = {Point(x, y) for x, y in zip(xs, ys)}
    probe = Point(xs[0], ys[0])
    del counts[probe]
    return str(counts), str(unique), len(unique), probe in unique, Point(99, 99) in counts, \
        sorted(counts.values()), hash(probe) == hash(Point(xs[0], ys[0]))


ENTRY = "visits"
SAMPLES = [([1, 2, 1, 3, 2, 1], [0, 5, 0, 3, 5, 0])]
CHECKS = [([0], [0]), ([-1, 1, -1], [2, -2, 2])]
