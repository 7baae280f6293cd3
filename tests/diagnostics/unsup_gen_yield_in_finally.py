"""Out of scope: yield inside try/finally (CPython runs the finally block when a generator that
is not exhausted is closed or collected; fxn frees it without running it)."""


def guarded(xs, log):
    try:
        for x in xs:
            yield x
    finally:
        log.append("closed")


def first(xs):
    log = []
    g = guarded(xs, log)
    return next(g, -1), log


ENTRY = "first"
SAMPLES = [([1, 2],)]
EXPECT = "yield inside try/finally"
EXPECT_LINE = 8
