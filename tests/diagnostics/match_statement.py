"""Out of scope: a match statement."""


def describe(n):
    match n:
        case 0:
            return 10
        case _:
            return n


ENTRY = "describe"
SAMPLES = [(0,), (3,)]
EXPECT = "match statement"
EXPECT_LINE = 5
