"""cmp_to_key comparators whose result is not an int -1/0/1: a float difference (NaN compares
false with 0, so a NaN "ties" with everything), a bool (the classic `a > b` mistake: True < 0
is False, so the sort only sees "not less"), large ints; a comparator that is a bound method,
a module function, a lambda and a nested function; on lists long enough for timsort's merges,
with sorted() and list.sort(reverse=True) giving the same order."""
import functools
from functools import cmp_to_key


def lcg_floats(n, seed):
    out = []
    state = seed
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(((state >> 8) % 20000) / 7.0 - 1000.0)
    return out


def float_cmp(a, b):
    return a - b


class Ranker:
    def __init__(self, weight):
        self.weight = weight

    def compare(self, a, b):
        return (a * self.weight) % 101 - (b * self.weight) % 101


def compare_all(n, seed):
    floats = lcg_floats(n, seed)
    with_nan = list(floats)
    for i in range(0, n, 17):
        with_nan[i] = float("nan")
    by_float = sorted(floats, key=cmp_to_key(float_cmp))
    nan_sorted = sorted(with_nan, key=cmp_to_key(float_cmp))
    nan_positions = [i for i, x in enumerate(nan_sorted) if x != x]
    bools = sorted(floats, key=cmp_to_key(lambda a, b: a > b))
    ints = [int(x * 1000003) * 999983 for x in floats]
    big = sorted(ints, key=cmp_to_key(lambda a, b: (a > b) - (a < b)))
    ranker = Ranker(7)
    ranked = sorted(range(n), key=cmp_to_key(ranker.compare))
    ranked_rev = list(range(n))
    ranked_rev.sort(key=functools.cmp_to_key(ranker.compare), reverse=True)

    def by_last_digit(a, b):
        return a % 10 - b % 10

    digits = list(range(n))
    digits.sort(key=cmp_to_key(by_last_digit), reverse=True)
    same = sorted(range(n), key=cmp_to_key(by_last_digit), reverse=True) == digits
    return (by_float[:4], by_float[-2:], nan_positions[:6], len(nan_positions), bools == floats,
            big[:2] == sorted(ints)[:2], ranked[:8], ranked_rev[:8], digits[:12], same)


ENTRY = "compare_all"
SAMPLES = [(40, 3), (120, 8)]
CHECKS = [(0, 1), (1, 1), (2, 5), (64, 2), (300, 4), (1000, 6), (2000, 7)]
