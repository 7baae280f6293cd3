"""Out of scope: a list comprehension."""


def squares(n):
    sq = [i * i for i in range(n)]
    return len(sq)


ENTRY = "squares"
SAMPLES = [(4,)]
EXPECT = "list comprehension"
EXPECT_LINE = 5
