"""Out of scope: yield used as an expression value (what generator.send() passes in)."""


def accumulate():
    total = 0
    while True:
        got = yield total
        total += got


def run(n):
    g = accumulate()
    return next(g) + n


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "yield used as a value"
EXPECT_LINE = 7
