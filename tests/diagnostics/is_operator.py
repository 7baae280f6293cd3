"""Out of scope: the `is` operator (identity comparison)."""


def same(a, b):
    return a is b


ENTRY = "same"
SAMPLES = [([1], [1])]
EXPECT = "is operator"
EXPECT_LINE = 5
