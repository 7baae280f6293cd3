"""Collatz from large starts: 3n + 1 leaves int64; returns the step count and the peak (a big int)."""


def collatz(n):
    steps = 0
    peak = n
    while n > 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        if n > peak:
            peak = n
        steps += 1
    return (steps, peak)


ENTRY = "collatz"
SAMPLES = [(2**62 + 27,), (27,)]
CHECKS = [(2**63 - 1,), (2**63 - 25,), (1,), (0,), (-5,), (6148914691236517205,),
          (3074457345618258602,), (9007199254740993,)]
