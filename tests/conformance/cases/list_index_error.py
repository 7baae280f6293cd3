"""lst[i] out of range (positive or negative, huge) raises IndexError: list index out of range."""


def get(lst, i):
    return lst[i]


ENTRY = "get"
SAMPLES = [([1, 2, 3], 0), ([1, 2, 3], -1)]
CHECKS = [([1, 2, 3], 2), ([1, 2, 3], -3), ([1, 2, 3], 3), ([1, 2, 3], -4), ([], 0), ([], -1),
          ([1], 2**63 - 1), ([1], -(2**63))]
