"""A comparator that raises mid-sort: list.sort(key=cmp_to_key(cmp)) stops at CPython's k-th
call, and the list is left exactly as CPython leaves it (partly merged runs, the run a merge had
copied out put back, reverse=True undone); the exception propagates through sort() and sorted()
with its message. Also: a comparator that reads the list being sorted sees it empty (CPython
empties it during the sort), and one that appends to it gets ValueError('list modified during
sort') with the list holding the sorted items."""
from functools import cmp_to_key


class Budget(Exception):
    pass


def make_values(n, kind, seed):
    values = []
    state = seed
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        if kind == "random":
            values.append((state >> 8) % 1000)
        elif kind == "sawtooth":
            values.append(i % (37 + seed))
        else:  # "runs": long ascending runs, then a descending one
            values.append(i % 300 if i < n - 200 else n - i)
    return values


def stop_after(n, kind, seed, budget, reverse):
    values = make_values(n, kind, seed)
    calls = [0]

    def limited(a, b):
        calls[0] += 1
        if calls[0] > budget:
            raise Budget("comparison budget of %d spent" % budget)
        return a - b

    items = list(values)
    try:
        items.sort(key=cmp_to_key(limited), reverse=reverse)
        outcome = "sorted"
    except Budget as e:
        outcome = str(e)
    changed = [i for i in range(len(items)) if items[i] != values[i]]
    return outcome, calls[0], len(changed), changed[:5], items[:8], items[-8:], sum(i * v for i, v in enumerate(items))


def sorted_raises(n, budget):
    calls = [0]

    def limited(a, b):
        calls[0] += 1
        if calls[0] > budget:
            raise Budget("over budget after %d calls" % budget)
        return b - a

    return sorted(make_values(n, "random", 5), key=cmp_to_key(limited))[:5]


def watches_list(n):
    items = make_values(n, "random", 9)
    seen = []

    def peeking(a, b):
        seen.append(len(items))
        return a - b

    items.sort(key=cmp_to_key(peeking))
    grows = list(items)

    def appending(a, b):
        if len(grows) < 3:
            grows.append(-1)
        return b - a

    try:
        grows.sort(key=cmp_to_key(appending))
        message = "no error"
    except ValueError as e:
        message = str(e)
    return max(seen) if seen else -1, len(seen), items[:5], message, len(grows), grows[:5]


def cases(n, kind, seed, budget):
    return (stop_after(n, kind, seed, budget, False), stop_after(n, kind, seed, budget, True),
            watches_list(min(n, 100)))


ENTRY = "cases"
SAMPLES = [(50, "random", 1, 20), (150, "sawtooth", 2, 400)]
# Budgets that stop the sort in count_run, binary insertion, merge_at's trimming gallops,
# merge_lo and merge_hi (one pair at a time, and galloping either way), and not at all.
CHECKS = [(0, "random", 0, 0), (2, "random", 0, 0), (63, "random", 3, 100), (64, "random", 3, 300),
          (1000, "random", 4, 869), (1000, "random", 4, 872), (1000, "random", 4, 890), (1000, "random", 4, 893),
          (1000, "random", 4, 1586), (1000, "random", 4, 1709), (1000, "random", 4, 5579),
          (1000, "random", 4, 5582), (1000, "random", 4, 8000), (1000, "sawtooth", 5, 6235),
          (1000, "sawtooth", 5, 6309), (1500, "runs", 6, 1600), (1500, "runs", 6, 1750),
          (2000, "sawtooth", 7, 30000), (281, "sawtooth", 3, 700)]
