"""A while loop over the digits of abs(n) using // and %."""


def digits(n):
    m = abs(n)
    s = 0
    c = 0
    while m > 0:
        s += m % 10
        m //= 10
        c += 1
    return s, c


ENTRY = "digits"
SAMPLES = [(12345,), (-907,)]
CHECKS = [(0,), (9,), (-1,), (2**63 - 1,), (-(2**63) + 1,)]
