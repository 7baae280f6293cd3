"""Out of scope: a nested function (closure over a local)."""


def outer(n):
    def inner(x):
        return x + n
    return inner(n)


ENTRY = "outer"
SAMPLES = [(4,)]
EXPECT = "nested function"
EXPECT_LINE = 5
