"""A function that returns an int on one path and None on another."""


def pick(x):
    if x > 0:
        return x


ENTRY = "pick"
SAMPLES = [(3,)]
EXPECT = "returns int on some paths and None"
EXPECT_LINE = 5
