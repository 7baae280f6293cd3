"""Out of scope: a `nonlocal` statement rebinding a variable of the enclosing function."""


def running_total(xs):
    total = 0

    def add(v):
        nonlocal total
        total += v

    for x in xs:
        add(x)
    return total


ENTRY = "running_total"
SAMPLES = [([1, 2, 3],)]
EXPECT = "nonlocal statement"
EXPECT_LINE = 8
