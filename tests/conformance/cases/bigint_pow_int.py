"""Int ** constant int past int64: a**64, a**3, 2**64, (-a)**41 and 10**30 // a are exact big ints."""


def ipow(a):
    return a ** 64, a ** 3, 2 ** 64, (-a) ** 41, 10 ** 30 // a


ENTRY = "ipow"
SAMPLES = [(2,), (3,)]
CHECKS = [(1,), (-1,), (-2,), (7,), (2**21,), (-(2**21) - 1,), (2**62,), (2**63 - 1,), (-(2**63),),
          (1000003,)]
