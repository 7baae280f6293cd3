"""A module-level list of events appended to by one function and summarised by another."""

HISTORY = []
LIMIT = 5


def record(kind, value):
    HISTORY.append((kind, value))
    if len(HISTORY) > LIMIT:
        del HISTORY[0]


def summary():
    totals = {}
    for kind, value in HISTORY:
        totals[kind] = totals.get(kind, 0) + value
    return sorted(totals.items())


def run(kinds, values):
    for k, v in zip(kinds, values):
        record(k, v)
    return [len(HISTORY), summary()]


ENTRY = "run"
SAMPLES = [(["a", "b", "a"], [1, 2, 3]), (["b"], [10])]
CHECKS = [([], []), (["c", "c", "c", "c", "c", "c"], [1, 2, 3, 4, 5, 6]), (["a"], [7])]
