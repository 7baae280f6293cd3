"""Lazy values passed to functions of the module that use them as CPython's objects would be
used: a range read by len(), indexing, `in` and loops; a zip and an enumerate iterated once by a
function that changes no container; a dict view iterated twice."""


def spread(r):
    if len(r) == 0:
        return 0
    total = 0
    for x in r:
        total += x
    return r[-1] - r[0] + total + (3 in r)


def dot(pairs):
    s = 0
    for a, b in pairs:
        s += a * b
    return s


def weighted(items):
    return sum(i * v for i, v in items)


def twice(keys):
    return [k for k in keys] + sorted(keys)


def run(xs, ys, n):
    d = {x: i for i, x in enumerate(xs)}
    return [spread(range(n)), spread(range(2, n, 3)), dot(zip(xs, ys)), weighted(enumerate(ys)),
            twice(d.keys()), twice(d.values())]


ENTRY = "run"
SAMPLES = [([1, 2, 3], [4, 5, 6], 7)]
CHECKS = [([], [], 0), ([5, -1], [2], 1), ([3, 1, 2, 3], [1, 1, 1, 1, 1], 12)]
