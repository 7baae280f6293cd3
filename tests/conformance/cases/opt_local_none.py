"""A local that starts as None and becomes an int: `best: int | None = None` then updated in a loop."""


def best_even(xs):
    best: int | None = None
    for x in xs:
        if x % 2 == 0 and (best is None or x > best):
            best = x
    if best is None:
        return -1
    return best * 10


def first_negative(xs):
    result = None
    for x in xs:
        if x < 0:
            result = x
            break
    return result


def run(xs):
    return best_even(xs), first_negative(xs)


ENTRY = "run"
SAMPLES = [([3, 8, -2, 6, 7],), ([1, 3],)]
CHECKS = [([],), ([-4, -6],)]
