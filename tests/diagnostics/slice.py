"""Out of scope: slicing a list (a[1:3])."""


def middle(lst):
    return lst[1:3]


ENTRY = "middle"
SAMPLES = [([1, 2, 3, 4],)]
EXPECT = "slice"
EXPECT_LINE = 5
