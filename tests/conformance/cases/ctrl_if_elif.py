"""if / elif / else chains, including branches no sample takes."""


def classify(n):
    if n < 0:
        return -1
    elif n == 0:
        return 0
    elif n < 10:
        return 1
    elif n % 2 == 0:
        return 2
    else:
        return 3


ENTRY = "classify"
SAMPLES = [(5,), (-4,)]
CHECKS = [(0,), (10,), (11,), (9,), (-(2**63),), (2**63 - 1,)]
