"""Recursive helper functions over nested lists with default depth arguments."""


def depth_sum(rows, weight=1):
    total = 0
    for row in rows:
        for x in row:
            total += x * weight
        weight += 1
    return total


def power_set_sizes(n, k=0):
    if k > n:
        return []
    return [comb(n, k)] + power_set_sizes(n, k + 1)


def comb(n, k):
    if k == 0 or k == n:
        return 1
    return comb(n - 1, k - 1) + comb(n - 1, k)


def run(rows, n):
    return depth_sum(rows), depth_sum(rows, 10), power_set_sizes(n)


ENTRY = "run"
SAMPLES = [([[1, 2], [3]], 4), ([], 0)]
CHECKS = [([[5], [], [-1, -1]], 6)]
