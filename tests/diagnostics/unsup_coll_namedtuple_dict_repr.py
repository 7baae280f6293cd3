"""repr() of a dict of namedtuples: fxn prints namedtuples at the top of a repr or in a list only."""
from collections import namedtuple

Point = namedtuple("Point", "x y")


def show(xs):
    return repr({x: Point(x, x) for x in xs})


ENTRY = "show"
SAMPLES = [([1, 2],)]
EXPECT = "container holding a collections type"
EXPECT_LINE = 8
