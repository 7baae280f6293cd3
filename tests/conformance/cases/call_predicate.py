"""Helpers returning bool used as conditions, and a helper calling another helper."""


def divides(d, n):
    return n % d == 0


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if divides(d, n):
            return False
        d += 1
    return True


def count_primes(lo, hi):
    c = 0
    for k in range(lo, hi):
        if is_prime(k):
            c += 1
    return c, is_prime(hi)


ENTRY = "count_primes"
SAMPLES = [(0, 30), (10, 20)]
CHECKS = [(0, 0), (-10, 2), (100, 200), (1000, 2003), (2**31 - 2, 2**31 - 1)]
