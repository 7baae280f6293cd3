"""Polynomial rolling hash base 2**40 + 15 mod 2**61 - 1: the result fits, h * base does not."""


def rolling_hash(xs):
    base = 2**40 + 15
    m = 2**61 - 1
    h = 0
    for x in xs:
        h = (h * base + x) % m
    return h


ENTRY = "rolling_hash"
SAMPLES = [([104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100],), ([1, 2, 3],)]
CHECKS = [([],), ([7],), ([2**63 - 1, -(2**63), 2**63 - 1],), ([-1] * 40,),
          ([2**61 - 2, 2**61 - 2, 2**61 - 2, 2**61 - 2],), (list(range(1000)),),
          ([0, 0, 0, 1],)]
