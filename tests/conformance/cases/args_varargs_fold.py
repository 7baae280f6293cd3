"""Folding over *args: gcd and lcm of any number of ints, passed on with f(*t) from a tuple."""


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def gcd_all(first, *rest):
    g = abs(first)
    for r in rest:
        g = gcd(g, r)
    return g


def lcm_all(*ns):
    result = 1
    for n in ns:
        if n == 0:
            return 0
        result = result * abs(n) // gcd(result, n)
    return result


def run(a, b, c):
    t = (a, b, c)
    return [gcd_all(a), gcd_all(a, b), gcd_all(*t), gcd_all(c, *t, 0), lcm_all(), lcm_all(*t), lcm_all(a, b)]


ENTRY = "run"
SAMPLES = [(12, 18, 30), (7, 1, 1)]
CHECKS = [(-4, 6, 10), (0, 0, 0), (2**31, 3, 2**31 - 1)]
