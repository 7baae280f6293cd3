"""Closures sharing a list and a running total: an accumulator made by a factory, used after it returned."""


def make_accumulator():
    items = []
    total = 0

    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total

    def mean():
        if not items:
            raise ZeroDivisionError("mean of no items")
        return total / len(items)

    def snapshot():
        return list(items)

    return add, mean, snapshot


def run(values):
    add, mean, snapshot = make_accumulator()
    running = [add(v) for v in values]
    return running, snapshot(), mean()


ENTRY = "run"
SAMPLES = [([4, 8, 15],), ([1],)]
CHECKS = [([],)]
