"""Out of scope: '%' with a format known only at run time and an IntEnum member as the argument
(%s would print the int, %r the member: the conversion is only known at run time)."""
from enum import IntEnum


class Level(IntEnum):
    LOW = 1


def show(fmt):
    return fmt % Level.LOW


ENTRY = "show"
SAMPLES = [("%s",)]
EXPECT = "% formatting of a str not known at compile time (with Level arguments)"
EXPECT_LINE = 11
