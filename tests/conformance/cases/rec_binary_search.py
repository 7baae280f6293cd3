"""Recursive binary search over a list with lo/hi bounds."""


def find(lst, x, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == x:
        return mid
    if lst[mid] < x:
        return find(lst, x, mid + 1, hi)
    return find(lst, x, lo, mid - 1)


def search(lst, x):
    return find(lst, x, 0, len(lst) - 1)


ENTRY = "search"
SAMPLES = [([1.0, 2.5, 4.0, 8.0], 4.0), ([0.5], 1.0)]
CHECKS = [([], 1.0), ([1.0, 2.5, 4.0, 8.0], -1.0), ([1.0, 2.5, 4.0, 8.0], 8.0),
          ([-0.0, 1.0], 0.0)]
