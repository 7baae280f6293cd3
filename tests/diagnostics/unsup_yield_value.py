"""Refused: a yield's value used as an int in a generator nothing sends to with send(): the value
is always None there (CPython raises TypeError when the generator is resumed; fxn's static types
refuse the operation)."""


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
EXPECT = "nothing is sent to it with send()"
EXPECT_LINE = 10
