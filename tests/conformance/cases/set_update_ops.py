"""In-place set operators |= &= -= ^= and update(); the set argument order does not matter."""


def evolve(a, b):
    s = set(a)
    s |= set(b)
    after_or = sorted(s)
    s &= {1, 2, 3, 4, 5}
    after_and = sorted(s)
    s -= {2}
    after_sub = sorted(s)
    s ^= {5, 6}
    s.update([10, 11])
    return after_or, after_and, after_sub, sorted(s)


ENTRY = "evolve"
SAMPLES = [([1, 2, 9], [3, 5])]
CHECKS = [([], []), ([6], [6]), ([2, 5], [])]
