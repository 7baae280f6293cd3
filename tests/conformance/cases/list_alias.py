"""Lists are references: appends and writes through an alias show in the original."""


def alias(a, x):
    b = a
    b.append(x)
    c = [a, b]
    c[1][0] = -1
    return len(a), a, c


ENTRY = "alias"
SAMPLES = [([1, 2], 3), ([5], 0)]
CHECKS = [([], 9), ([1, 2, 3, 4], -(2**63))]
