"""Dict equality ignores insertion order but compares every key and value."""


def same(a, b):
    c = {}
    for k in reversed(list(a)):
        c[k] = a[k]
    return a == b, a != b, a == c, list(a) == list(c), {} == {}


ENTRY = "same"
SAMPLES = [({"x": 1, "y": 2}, {"y": 2, "x": 1})]
CHECKS = [({}, {}), ({"x": 1}, {"x": 2}), ({"x": 1}, {"x": 1, "y": 1})]
