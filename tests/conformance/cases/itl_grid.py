"""product: a grid of parameters, dice sums with repeat=, and a search that stops early (lazy:
only the combinations before the hit are tried)."""

import itertools


def grid(rates, names):
    return [name + "@" + str(rate) for rate, name in itertools.product(rates, names)]


def dice(sides):
    sums = {}
    for a, b in itertools.product(range(1, sides + 1), repeat=2):
        sums[a + b] = sums.get(a + b, 0) + 1
    return sums


def search(limit):
    tried = 0
    for x, y, z in itertools.product(range(10), range(10), range(10)):
        tried += 1
        if x * x + y * y == z * z and x > 0 and y > 0 and x + y + z >= limit:
            return (x, y, z), tried
    return (0, 0, 0), tried


def bits(n):
    return ["".join(p) for p in itertools.product("01", repeat=3)][:n], list(itertools.product())


def tune(rates, names, sides, limit):
    return grid(rates, names), dice(sides), search(limit), bits(sides), list(itertools.product(rates, []))


ENTRY = "tune"
SAMPLES = [([0.1, 0.5], ["sgd", "adam"], 3, 12), ([], [], 0, 100)]
CHECKS = [([1.0], ["x"], 1, 0), ([0.25, 0.5, 1.0], ["a", "b", "c"], 6, 20)]
