"""Out of scope: a del statement."""


def dropped(a):
    tmp = a * 2
    del tmp
    return a


ENTRY = "dropped"
SAMPLES = [(6,)]
EXPECT = "del statement"
EXPECT_LINE = 6
