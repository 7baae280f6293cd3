"""list.sort / sorted with functools.cmp_to_key on lists of 0 to 2000 records (random, sorted,
reversed, few distinct values, sawtooth, nearly sorted, alternating runs): a comparator that
counts its calls, so the result pins CPython's exact sequence of comparisons (timsort's runs,
binary insertion, galloping merges from either end), stability of equal keys, reverse=True, and
a comparator that answers inconsistently on some calls (the order it produces is CPython's only
if every call is the same call CPython makes)."""
from functools import cmp_to_key


def make_data(n, kind, seed):
    """n values of one shape, from a small LCG (the samples stay small)."""
    values = []
    state = seed
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        r = state >> 8
        if kind == "random":
            values.append(r % 100000)
        elif kind == "sorted":
            values.append(i)
        elif kind == "reversed":
            values.append(n - i)
        elif kind == "dups":
            values.append(r % 4)
        elif kind == "sawtooth":
            values.append(i % (37 + seed))
        elif kind == "nearly":
            values.append(i if r % 50 else r % (n + 1))
        else:  # runs: ascending and descending stretches of varying length
            block = i // 150
            values.append(i * 3 if block % 2 == 0 else (block + 1) * 450 - i * 2)
    return values


class Counter:
    def __init__(self):
        self.calls = 0


def fingerprint(records):
    """The order of the records as one number (each record's original index, by position)."""
    total = 0
    for position, (value, index) in enumerate(records):
        total = (total * 31 + index * 7 + value) % 1000000007
    return total


def sort_counted(n, kind, seed):
    records = [(v, i) for i, v in enumerate(make_data(n, kind, seed))]
    counter = Counter()

    def by_value(a, b):
        counter.calls += 1
        return a[0] - b[0]

    ascending = sorted(records, key=cmp_to_key(by_value))
    after_sorted = counter.calls
    in_place = list(records)
    in_place.sort(key=cmp_to_key(by_value), reverse=True)
    after_reverse = counter.calls - after_sorted

    def quirky(a, b):
        # Inconsistent on every 13th call: which pairs get the wrong answer depends on the
        # exact sequence of calls.
        counter.calls += 1
        if counter.calls % 13 == 0:
            return 1
        return (a[0] > b[0]) - (a[0] < b[0])

    counter.calls = 0
    odd = sorted(records, key=cmp_to_key(quirky))
    ok = all(ascending[i][0] <= ascending[i + 1][0] for i in range(len(ascending) - 1))
    return (after_sorted, after_reverse, counter.calls, ok, fingerprint(ascending), fingerprint(in_place),
            fingerprint(odd), ascending[:3], in_place[:3], odd[:3])


ENTRY = "sort_counted"
SAMPLES = [(40, "random", 1), (200, "sawtooth", 2)]
CHECKS = [(0, "random", 0), (1, "sorted", 0), (2, "reversed", 0), (63, "random", 3), (64, "random", 3),
          (65, "dups", 4), (128, "nearly", 5), (300, "runs", 6), (281, "sawtooth", 3),
          (1000, "sawtooth", 28)] + [
    (n, kind, seed) for seed, n in enumerate([500, 1000, 2000])
    for kind in ("random", "sorted", "reversed", "dups", "sawtooth", "nearly", "runs")]
