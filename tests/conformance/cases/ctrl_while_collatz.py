"""A while loop with a data-dependent trip count (Collatz steps)."""


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


ENTRY = "collatz"
SAMPLES = [(6,), (7,)]
CHECKS = [(1,), (27,), (837799,), (63728127,)]
