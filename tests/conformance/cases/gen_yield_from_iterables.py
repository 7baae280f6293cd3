"""`yield from` a range, a list, a str and another generator, in sequence."""


def inner(n):
    for i in range(n):
        yield str(i)


def everything(n, word, extra):
    yield from [str(x) for x in extra]
    yield from word
    yield from inner(n)
    yield from map_str(range(n, 0, -1))


def map_str(r):
    for x in r:
        yield "r" + str(x)


def collect(n, word, extra):
    return list(everything(n, word, extra))


ENTRY = "collect"
SAMPLES = [(3, "ab", [7, 8]), (0, "", [])]
CHECKS = [(1, "xyz", [1]), (5, "q", [])]
