"""A typing.NamedTuple class with methods of its own stays out."""
from typing import NamedTuple


class Vec(NamedTuple):
    x: int
    y: int

    def norm1(self):
        return abs(self.x) + abs(self.y)


def size(x, y):
    return Vec(x, y).norm1()


ENTRY = "size"
SAMPLES = [(3, -4)]
EXPECT = "Vec"
EXPECT_LINE = 14
