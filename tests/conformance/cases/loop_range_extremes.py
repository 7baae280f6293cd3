"""range() bounds at the int64 limits: stepping past them must end the loop, not overflow."""


def span(a, b, s):
    count = 0
    first = 0
    last = 0
    for i in range(a, b, s):
        if count == 0:
            first = i
        last = i
        count += 1
    return count, first, last


ENTRY = "span"
SAMPLES = [(0, 10, 3), (10, 0, -4)]
CHECKS = [(-(2**63), 2**63 - 1, 2**62), (2**63 - 1, -(2**63), -(2**62)),
          (2**63 - 3, 2**63 - 1, 1), (-(2**63) + 2, -(2**63), -1),
          (0, 2**63 - 1, 2**63 - 1), (2**63 - 1, -(2**63), -(2**63))]
