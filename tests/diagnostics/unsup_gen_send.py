"""Out of scope: generator.send() (a yield's value is what send() passes in)."""


def echo():
    while True:
        yield 1


def drive(n):
    g = echo()
    next(g)
    return g.send(n)


ENTRY = "drive"
SAMPLES = [(3,)]
EXPECT = "send"
EXPECT_LINE = 12
