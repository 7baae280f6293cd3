"""Out of scope for now: collections.namedtuple (a class made at run time)."""
from collections import namedtuple

Point = namedtuple("Point", "x y")


def norm1(x, y):
    p = Point(x, y)
    return abs(p.x) + abs(p.y)


ENTRY = "norm1"
SAMPLES = [(3, -4)]
EXPECT = "Point"
EXPECT_LINE = 8
