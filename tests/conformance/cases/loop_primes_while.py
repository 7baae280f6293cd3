"""Trial-division primes with nested while loops and break, collected with append."""


def primes_below(n):
    out = []
    c = 2
    while c < n:
        d = 2
        prime = True
        while d * d <= c:
            if c % d == 0:
                prime = False
                break
            d += 1
        if prime:
            out.append(c)
        c += 1
    return out


ENTRY = "primes_below"
SAMPLES = [(20,), (3,)]
CHECKS = [(0,), (2,), (100,), (1000,)]
