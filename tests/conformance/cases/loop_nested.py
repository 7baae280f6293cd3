"""Nested for loops with a dependent inner range."""


def pairs(n, k):
    count = 0
    weight = 0
    for i in range(n):
        for j in range(i + 1, n):
            if (i + j) % k == 0:
                count += 1
                weight += i * j
    return count, weight


ENTRY = "pairs"
SAMPLES = [(10, 3), (6, 2)]
CHECKS = [(0, 1), (1, 1), (100, 7), (50, -3), (3, 0)]
