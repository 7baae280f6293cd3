"""A mutable default that is a module-level list too: one object, changed through either name."""

SEEN = []


def add(x, seen=SEEN):
    seen.append(x)
    return len(seen)


def main(x):
    first = add(x)
    SEEN.append(-x)
    return [first, add(x * 2), len(SEEN), SEEN[-3:]]


ENTRY = "main"
SAMPLES = [(1,), (2,)]
CHECKS = [(0,), (-5,)]
