"""Refused: values sent to one generator whose types have no common static or dynamic type (a
user object and an int): a yield gives one type."""


class Box:
    def __init__(self, v):
        self.v = v


def sink():
    total = 0
    while True:
        got = yield total
        if got is not None:
            total += 1


def run(n):
    g = sink()
    next(g)
    g.send(Box(n))
    return g.send(n)


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "generator.send() of"
EXPECT_LINE = 22
