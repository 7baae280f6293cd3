"""Out of scope (for now): enum.Enum classes."""
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def name_of(n):
    return Color(n).name


ENTRY = "name_of"
SAMPLES = [(1,)]
EXPECT = "enum.Enum"
EXPECT_LINE = 5
