"""Out of scope: a set literal."""


def distinct(a, b, c):
    s = {a, b, c}
    return len(s)


ENTRY = "distinct"
SAMPLES = [(1, 2, 2)]
EXPECT = "set"
EXPECT_LINE = 5
