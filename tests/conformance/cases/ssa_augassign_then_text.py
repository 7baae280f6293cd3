"""`n += 1` in a loop, then n rebound to a str and extended with `+=`."""


def countdown(n):
    steps = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    steps = str(steps)
    steps += " steps"
    return steps


ENTRY = "countdown"
SAMPLES = [(6,), (1,)]
CHECKS = [(27,), (0,), (-4,)]
