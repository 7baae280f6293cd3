"""del with slices (extended ones too) and reversed-step slice assignment."""


def prune(xs):
    a = list(xs)
    del a[::2]
    b = list(xs)
    del b[1:-1]
    c = list(xs)
    del c[::-3]
    d = list(xs)
    if len(d) >= 2:
        d[::-1] = d
    return a, b, c, d


ENTRY = "prune"
SAMPLES = [([1, 2, 3, 4, 5, 6, 7],), ([1, 2],)]
CHECKS = [([],), ([9],), ([1, 2, 3],)]
