"""Out of scope (for now): enum.IntEnum classes."""
from enum import IntEnum


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


def is_error(code):
    return code >= Status.NOT_FOUND


ENTRY = "is_error"
SAMPLES = [(500,)]
EXPECT = "IntEnum"
EXPECT_LINE = 5
