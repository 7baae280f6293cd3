"""divmod() of ints returned as a tuple; signs floor like // and %."""


def dm(a, b):
    return divmod(a, b)


ENTRY = "dm"
SAMPLES = [(17, 5), (-17, 5)]
CHECKS = [(17, -5), (-17, -5), (0, 3), (2**63 - 1, 2), (-(2**63), 2**63 - 1), (5, 0),
          (-(2**63), -1)]
