"""Sieve of Eratosthenes over [True] * (n + 1) with a stepped inner range."""


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    primes = []
    for k in range(n + 1):
        if flags[k]:
            primes.append(k)
    return len(primes), primes[-1]


ENTRY = "sieve"
SAMPLES = [(30,), (2,)]
CHECKS = [(1,), (100,), (100000,), (0,)]
