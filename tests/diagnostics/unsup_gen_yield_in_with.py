"""Out of scope: yield inside a with statement (CPython runs __exit__ when a generator that is
not exhausted is closed or collected; fxn frees it without running it)."""


class Logged:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, kind, value, tb):
        self.log.append("exit")
        return False


def guarded(xs, log):
    with Logged(log):
        for x in xs:
            yield x


def first(xs):
    log = []
    g = guarded(xs, log)
    return next(g, -1), len(log)


ENTRY = "first"
SAMPLES = [([1, 2],)]
EXPECT = "yield inside a with statement"
EXPECT_LINE = 21
