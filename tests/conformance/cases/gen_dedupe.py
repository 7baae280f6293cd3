"""Order-preserving de-duplication with a set held by the generator."""


def unique(xs):
    seen = set()
    for x in xs:
        if x not in seen:
            seen.add(x)
            yield x


def dedupe(xs):
    g = unique(xs)
    first = next(g, 0)
    return [first] + list(g)


ENTRY = "dedupe"
SAMPLES = [([3, 1, 3, 2, 1, 5],), ([],)]
CHECKS = [([7, 7, 7],), ([1, 2, 3],)]
