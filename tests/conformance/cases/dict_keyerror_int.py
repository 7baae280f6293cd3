"""KeyError for an int key shows the bare number; for a tuple key the tuple's repr."""


def lookup(keys, k):
    squares = {}
    for x in keys:
        squares[x] = x * x
    pairs = {(x, x + 1): x for x in keys}
    if k < 0:
        return pairs[(k, k + 1)]
    return squares[k]


ENTRY = "lookup"
SAMPLES = [([1, 2, 3], 2), ([-4, 0], -4)]
CHECKS = [([1, 2, 3], 7), ([], 0), ([1], -1), ([5], -2)]
