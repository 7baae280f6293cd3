"""Binary search with while, if/elif/else and early return on a sorted list."""


def bsearch(lst, x):
    lo = 0
    hi = len(lst) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if lst[mid] == x:
            return mid
        elif lst[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -lo - 1


ENTRY = "bsearch"
SAMPLES = [([1, 3, 5, 7, 9, 11], 7), ([2, 4, 6], 5)]
CHECKS = [([], 3), ([1], 1), ([1], 0), ([1], 2), ([1, 3, 5, 7, 9, 11], 12),
          ([-(2**63), 0, 2**63 - 1], 2**63 - 1)]
