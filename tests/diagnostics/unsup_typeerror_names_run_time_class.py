"""Out of scope: a TypeError whose message names the run-time class of an instance that may be
of several classes. CPython says 'OnlySub' or 'Only' depending on the value; fxn words the
message at compile time, so it refuses rather than name the static class."""


class Only:
    def __init__(self, n):
        self.n = n


class OnlySub(Only):
    pass


def make(n):
    x = OnlySub(n)
    y = Only(n)
    return x if n > 0 else y


def run(n):
    v = make(n)
    try:
        v + 1
        return "ok"
    except TypeError as e:
        return str(e)


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "a TypeError naming the run-time class of a Only, which may be any of Only, OnlySub"
EXPECT_LINE = 24
