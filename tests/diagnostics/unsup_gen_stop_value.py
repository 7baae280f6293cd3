"""Out of scope: StopIteration's `.value` (the generator's return value as an attribute of the
caught exception; str(e) gives it as text)."""


def two():
    x = yield 1
    return x


def run(n):
    g = two()
    next(g)
    try:
        g.send(n)
    except StopIteration as e:
        return e.value
    return -1


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "attribute '.value' of exception"
EXPECT_LINE = 16
