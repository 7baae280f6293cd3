"""A list of big ints from repeated squaring, sorted in reverse, returned with its length."""


def squares_sorted(xs, k):
    out = []
    for x in xs:
        v = x
        for _ in range(k):
            out.append(v)
            v = v * v
    s = sorted(out, reverse=True)
    return (s, len(s))


ENTRY = "squares_sorted"
SAMPLES = [([3, -5, 2**40], 4), ([2, 1], 2)]
CHECKS = [([], 3), ([7, 8], 0), ([-(2**63), 2**63 - 1, -1, 0], 3), ([2**31, -(2**31), 2**32 - 1], 3),
          ([10, -10, 100], 6), ([3037000500, 3037000499], 2)]
