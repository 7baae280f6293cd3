"""Out of scope: generator.throw() (raising an exception at the generator's yield)."""


def numbers():
    try:
        yield 1
    except ValueError:
        yield 99


def poke(n):
    g = numbers()
    next(g)
    return g.throw(ValueError) + n


ENTRY = "poke"
SAMPLES = [(3,)]
EXPECT = "throw"
EXPECT_LINE = 14
