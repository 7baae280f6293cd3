"""In-place reversal with a temporary and index assignment, on a list argument."""


def reverse(lst):
    i = 0
    j = len(lst) - 1
    while i < j:
        t = lst[i]
        lst[i] = lst[j]
        lst[j] = t
        i += 1
        j -= 1
    return lst


ENTRY = "reverse"
SAMPLES = [([1, 2, 3, 4, 5],), ([9, 8],)]
CHECKS = [([],), ([1],), ([1, 2, 3, 4],)]
