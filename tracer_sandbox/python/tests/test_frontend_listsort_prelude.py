"""The listsort prelude (prelude/prelude_listsort.py: list.sort with functools.cmp_to_key), run
by CPython itself: on lists of every shape and length up to a few thousand it must call cmp with
the very pairs CPython's listsort passes, in the same order, and leave the list as CPython
leaves it - sorted, or, when cmp raises mid-sort, in CPython's partial state."""

import functools
import random

import fxn_prelude


class Stop(Exception):
    pass


def cmp_sort():
    return fxn_prelude.module("listsort").namespace["cmp_sort"]


def shaped(rng, n, kind):
    if kind == "random":
        return [rng.randrange(1000) for _ in range(n)]
    if kind == "sorted":
        return list(range(n))
    if kind == "reversed":
        return list(range(n, 0, -1))
    if kind == "dups":
        return [rng.randrange(4) for _ in range(n)]
    if kind == "sawtooth":
        period = rng.randrange(1, 300)
        return [i % period for i in range(n)]
    if kind == "nearly":
        xs = list(range(n))
        for _ in range(rng.randrange(1, 10)):
            if n:
                xs[rng.randrange(n)] = rng.randrange(n)
        return xs
    out = []  # ascending and descending runs of random lengths
    while len(out) < n:
        length, base = rng.randrange(1, 200), rng.randrange(10000)
        out += list(range(base, base + length)) if rng.random() < 0.5 else list(range(base + length, base, -1))
    return out[:n]


def test_cmp_sort_calls_cmp_as_listsort_does():
    rng = random.Random(7)
    kinds = ("random", "sorted", "reversed", "dups", "sawtooth", "nearly", "runs")
    for trial in range(250):
        n = rng.choice([rng.randrange(70), rng.randrange(600), rng.randrange(2500)])
        records = [(v, i) for i, v in enumerate(shaped(rng, n, rng.choice(kinds)))]
        reverse = rng.random() < 0.3
        inconsistent = rng.random() < 0.2
        budget = rng.randrange(3 * n + 2) if rng.random() < 0.3 else None

        def logging_cmp(log):
            answers = random.Random(trial)

            def cmp(a, b):
                log.append((a, b))
                if budget is not None and len(log) > budget:
                    raise Stop()
                if inconsistent and answers.random() < 0.05:
                    return answers.choice([-1, 1])
                return (a[0] > b[0]) - (a[0] < b[0])
            return cmp

        outcomes = []
        for sort in (lambda xs, cmp: xs.sort(key=functools.cmp_to_key(cmp), reverse=reverse),
                     lambda xs, cmp: cmp_sort()(xs, cmp, reverse)):
            items, log = list(records), []
            try:
                sort(items, logging_cmp(log))
                raised = False
            except Stop:
                raised = True
            outcomes.append((items, log, raised))
        assert outcomes[0] == outcomes[1], (trial, n, reverse, inconsistent, budget)


def test_cmp_sort_empties_the_list_while_sorting():
    for sort in (lambda xs, cmp: xs.sort(key=functools.cmp_to_key(cmp)), lambda xs, cmp: cmp_sort()(xs, cmp, False)):
        items = [3, 1, 2]
        seen = []
        sort(items, lambda a, b: seen.append(len(items)) or a - b)
        assert items == [1, 2, 3] and set(seen) == {0}
        grown = [3, 1, 2]
        try:
            sort(grown, lambda a, b: grown.append(9) or a - b)
            message = None
        except ValueError as e:
            message = str(e)
        assert message == "list modified during sort" and grown == [1, 2, 3]
