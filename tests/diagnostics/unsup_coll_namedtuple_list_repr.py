"""repr() of a list of namedtuples: fxn prints a namedtuple only at the top of a repr."""
from collections import namedtuple

Point = namedtuple("Point", "x y")


def show(xs):
    return repr([Point(x, x) for x in xs])


ENTRY = "show"
SAMPLES = [([1, 2],)]
EXPECT = "container holding a collections type"
EXPECT_LINE = 8
