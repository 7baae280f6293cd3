"""A generator function defined inside another, reading the enclosing function's parameter."""


def multiples(base, n):
    def gen(k):
        for i in range(1, k + 1):
            yield base * i

    return list(gen(n)), sum(gen(2))


ENTRY = "multiples"
SAMPLES = [(3, 4), (5, 0)]
CHECKS = [(-2, 3), (0, 1)]
