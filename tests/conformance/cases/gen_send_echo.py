"""generator.send() to a generator that ignores what it is sent (its yields are statements): the
value is dropped, send() returns the next item (was tests/diagnostics/unsup_gen_send.py)."""


def echo():
    while True:
        yield 1


def drive(n):
    g = echo()
    next(g)
    return g.send(n)


ENTRY = "drive"
SAMPLES = [(3,)]
CHECKS = [(0,), (-7,)]
