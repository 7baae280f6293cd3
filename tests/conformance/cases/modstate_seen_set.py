"""A module-level set of seen ints deduplicating a stream across calls."""

SEEN = {0}
DUPLICATES = []


def first_time(x):
    if x in SEEN:
        DUPLICATES.append(x)
        return False
    SEEN.add(x)
    return True


def run(xs):
    fresh = [x for x in xs if first_time(x)]
    return [fresh, len(SEEN), DUPLICATES[-2:], sorted(SEEN)[:5]]


ENTRY = "run"
SAMPLES = [([1, 2, 2, 0],), ([2, 3, 4],)]
CHECKS = [([],), ([5, 5, 5],), ([-1, 1, -1],)]
