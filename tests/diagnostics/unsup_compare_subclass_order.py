"""Out of scope: comparing values whose run-time classes may be a class and its subclass (CPython
asks a right operand of a proper subclass first, with its reflected method, inherited ones too;
which side goes first depends on the run-time classes here)."""


class B:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x + 1


class S(B):
    pass


def same(n):
    items = [B(n), S(n - 1)]
    a = items[0]
    b = items[1]
    return a == b


ENTRY = "same"
SAMPLES = [(2,)]
EXPECT = "comparison of a B with a B: which one CPython asks first depends on their run-time classes"
EXPECT_LINE = 22
