"""Indexing a dynamic value (items of a list mixing types) with a non-int: CPython's TypeError
words it per type ("string indices must be integers, not 'str'" for str, "list indices must be
integers or slices, not str" for lists)."""


def run(xs, k):
    try:
        return str(xs[0][xs[k]])
    except TypeError as e:
        return str(e)


ENTRY = "run"
SAMPLES = [(["ab", 1, "x"], 1), ([[5, 6], 1, 2], 1)]
CHECKS = [(["ab", 1, "x"], 2), ([[5, 6], 1, "y"], 2), (["ab", 1, 2.5], 2), (["ab", 0, None], 2)]
