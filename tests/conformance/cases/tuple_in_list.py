"""Lists of tuples: sort by the natural tuple order, then by a key; `in` tests on a list of tuples."""


def events(days, names):
    items = list(zip(days, names))
    by_day = sorted(items)
    by_name = sorted(items, key=lambda t: t[1])
    return by_day, by_name, (1, "a") in items, items.index(items[-1]) if items else -1


ENTRY = "events"
SAMPLES = [([3, 1, 2, 1], ["c", "b", "x", "a"])]
CHECKS = [([], []), ([1], ["a"]), ([5, 5], ["z", "z"])]
