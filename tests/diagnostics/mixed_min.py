"""min() over an int and a float: the result's type would depend on the values."""


def smallest(a, b):
    return min(a, b)


ENTRY = "smallest"
SAMPLES = [(1, 2.5)]
EXPECT = "min() over float and int"
EXPECT_LINE = 5
