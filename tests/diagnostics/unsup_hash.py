"""Out of scope: hash() of a str (randomised per process)."""


def bucket(n):
    h = hash("x")
    return (h * 0 + n) % 8


ENTRY = "bucket"
SAMPLES = [(11,)]
EXPECT = "hash()"
EXPECT_LINE = 5
