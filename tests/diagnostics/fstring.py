"""Out of scope: an f-string."""


def width(n):
    s = f"{n}"
    return len(s)


ENTRY = "width"
SAMPLES = [(1234,)]
EXPECT = "f-string"
EXPECT_LINE = 5
