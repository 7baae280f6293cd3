"""A generator whose yield is used as a value but only ever resumed by a for loop, list() and
next(): every yield evaluates to None."""


def tagged(words):
    seen = []
    for w in words:
        got = yield w.upper()
        seen.append(got)
    yield str(seen)


def echo_none(n):
    i = 0
    while i < n:
        x = (yield i)
        if x is None:
            i += 1
        else:
            i += 100


def run(words, n):
    out = []
    for item in tagged(words):
        out.append(item)
    g = echo_none(n)
    first = next(g, -1)
    return out, list(echo_none(n)), first, list(tagged(words[:1]))


ENTRY = "run"
SAMPLES = [(["a", "bc"], 3), ([], 0)]
CHECKS = [(["x"], 1), (["p", "q", "r"], 5)]
