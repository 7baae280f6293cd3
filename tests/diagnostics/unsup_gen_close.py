"""Out of scope: generator.close() (raising GeneratorExit at the generator's yield)."""


def numbers():
    total = 0
    while True:
        total += yield total


def stop(n):
    g = numbers()
    next(g)
    g.send(n)
    g.close()
    return n


ENTRY = "stop"
SAMPLES = [(3,)]
EXPECT = "close"
EXPECT_LINE = 14
