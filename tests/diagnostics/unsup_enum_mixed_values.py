"""Out of scope: an Enum whose values mix types (fxn compiles enums of int or of str values)."""
from enum import Enum


class Shape(Enum):
    POINT = 0
    NAMED = "named"


def name_of(n):
    return Shape(n).name


ENTRY = "name_of"
SAMPLES = [(0,)]
EXPECT = "Enum Shape with values of type int, str"
EXPECT_LINE = 5
