"""The mutable-default pitfall: the default list is created once and shared by every call."""


def add(x, seen=[]):
    seen.append(x)
    return seen


def run(xs):
    out = []
    for x in xs:
        out.append(len(add(x)))
    fresh = add(0, [])
    return [out, add(-1)[-3:], fresh]


ENTRY = "run"
SAMPLES = [([1, 2],), ([3],)]
CHECKS = [([],), ([4, 5, 6],)]
