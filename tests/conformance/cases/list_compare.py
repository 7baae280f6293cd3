"""List equality and ordering are lexicographic; lists of different lengths compare by prefix."""


def cmp(a, b):
    return a == b, a != b, a < b, a <= b, a > b, [a] == [b], [a, 1] < [b, 2]


ENTRY = "cmp"
SAMPLES = [([1, 2, 3], [1, 2, 3]), ([1, 2], [1, 3])]
CHECKS = [([], []), ([], [1]), ([2], [1, 5]), ([1, 2, 3], [1, 2]), ([0], [0, -1])]
