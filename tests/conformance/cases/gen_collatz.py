"""The Collatz sequence as a generator; its length and peak are computed by consumers."""


def collatz(n):
    if n < 1:
        raise ValueError(f"collatz needs a positive start, got {n}")
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def summary(n):
    steps = 0
    for _ in collatz(n):
        steps += 1
    return steps, max(collatz(n)), list(collatz(n))[:5]


ENTRY = "summary"
SAMPLES = [(6,), (1,)]
CHECKS = [(27,), (0,), (97,)]
