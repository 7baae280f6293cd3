"""Build a list from [] with append while iterating another with `for x in lst`."""


def evens_squared(lst):
    out = []
    total = 0
    for x in lst:
        total += x
        if x % 2 == 0:
            out.append(x * x)
    out.append(total)
    return out


ENTRY = "evens_squared"
SAMPLES = [([1, 2, 3, 4],), ([-6, 7],)]
CHECKS = [([],), ([1, 3, 5],), ([0],), ([3037000500, 1],), ([2**63 - 1, 1],)]
