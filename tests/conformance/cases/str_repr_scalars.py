"""str()/repr() of ints, bools and None, and str concatenation of them."""


def describe(n, flag):
    parts = [str(n), repr(n), str(flag), repr(flag), str(None), repr(None), str(-n), str(n > 0)]
    return " ".join(parts) + " " + str(n) + str(flag)


ENTRY = "describe"
SAMPLES = [(42, True), (-7, False)]
CHECKS = [(0, True), (2**63 - 1, False), (-(2**63) + 1, True)]
