"""Comprehensions with two for clauses and a filter between them produce a cartesian product in order."""


def grid(n, word):
    coords = [(i, j) for i in range(n) for j in range(i)]
    combos = [a + b for a in word for b in word if a != b]
    table = [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
    return coords, combos, table


ENTRY = "grid"
SAMPLES = [(3, "abc")]
CHECKS = [(0, ""), (1, "aa"), (4, "xy")]
