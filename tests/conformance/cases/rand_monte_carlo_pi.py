"""A seeded Monte Carlo estimate of pi with random.Random: the same seed gives CPython's exact draws."""
import random


def estimate_pi(seed, trials):
    rng = random.Random(seed)
    inside = 0
    for _ in range(trials):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / trials


def run(seed, trials):
    if trials <= 0:
        raise ValueError("need at least one trial")
    first = estimate_pi(seed, trials)
    again = estimate_pi(seed, trials)
    return first, first == again, round(first, 3)


ENTRY = "run"
SAMPLES = [(42, 2000), (-7, 10)]
CHECKS = [(0, 1), (2**40 + 3, 500), (-(2**63), 50), (2**63 - 1, 50), (12345, 0)]
