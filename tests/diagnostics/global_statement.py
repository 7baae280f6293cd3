"""Out of scope: a global statement (writing a module-level variable)."""

COUNTER = 0


def bump(n):
    global COUNTER
    COUNTER += n
    return COUNTER


ENTRY = "bump"
SAMPLES = [(2,)]
EXPECT = "global statement"
EXPECT_LINE = 7
