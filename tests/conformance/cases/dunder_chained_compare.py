"""Chained comparisons of instances (a < b < c evaluates b once and stops early), == chains, and
comparisons mixing instances with ints through NotImplemented and reflection."""


class Level:
    calls = 0

    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if isinstance(other, Level):
            return self.n < other.n
        if isinstance(other, int):
            return self.n < other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, int):
            return self.n > other
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, int):
            return self.n == other
        if isinstance(other, Level):
            return self.n == other.n
        return NotImplemented


def levels(a, b, c):
    x, y, z = Level(a), Level(b), Level(c)
    return [x < y < z, x < y > 0, 0 < x < 10, x == y == z, x == a == y, 5 > x, a == x, x != b, z > a]


ENTRY = "levels"
SAMPLES = [(1, 2, 3), (3, 3, 3)]
CHECKS = [(5, 1, 9), (-1, 0, 12)]
