"""Out of scope: an assignment expression (walrus operator) in a condition."""


def describe(xs):
    if (n := len(xs)) > 3:
        return f"long list of {n}"
    return "short"


ENTRY = "describe"
SAMPLES = [([1, 2, 3, 4],), ([],)]
EXPECT = "assignment expression"
EXPECT_LINE = 5
