"""An infinite generator of primes (trial division by the primes found so far), taken lazily."""


def primes():
    found = []
    n = 2
    while True:
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n
        n += 1


def first_primes(k, below):
    out = []
    for p in primes():
        if len(out) == k or p >= below:
            break
        out.append(p)
    return out


ENTRY = "first_primes"
SAMPLES = [(10, 1000), (0, 10)]
CHECKS = [(100, 50), (200, 100000)]
