"""Endless iterators bounded by their consumer: count and cycle zipped with finite data, repeat
with a count, a for loop that breaks."""

import itertools
from itertools import count, cycle, repeat


def labels(items):
    return [str(i) + "." + x for i, x in zip(count(1), items)], list(zip(items, cycle("RGB")))


def schedule(workers, tasks):
    out = {}
    for worker, task in zip(cycle(workers), tasks):
        out[task] = worker
    return out


def first_multiple(step, target):
    for n in count(step, step):
        if n >= target:
            return n
    return -1


def fills(n):
    return list(repeat("-", n)), list(repeat(0, -1)), list(map(pow, range(5), repeat(2))), \
        list(itertools.islice(count(0.5, 0.25), 3))


def main(items, workers, n):
    return labels(items), schedule(workers, items), first_multiple(7, n), fills(len(items))


ENTRY = "main"
SAMPLES = [(["x", "y", "z", "w"], ["ann", "bob"], 50), ([], ["solo"], 0)]
CHECKS = [(["a"], ["p", "q", "r"], 7), (["a", "b", "c", "d", "e", "f", "g"], ["u"], 100)]
