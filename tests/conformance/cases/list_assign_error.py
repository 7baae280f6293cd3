"""lst[i] = v out of range raises IndexError: list assignment index out of range."""


def put(lst, i, v):
    lst[i] = v
    return lst


ENTRY = "put"
SAMPLES = [([1.0, 2.0], 1, 9.5), ([0.5], -1, -0.0)]
CHECKS = [([1.0, 2.0], -2, 3.0), ([1.0, 2.0], 2, 3.0), ([1.0, 2.0], -3, 3.0), ([], 0, 1.0),
          ([1.0], -(2**63), 1.0)]
