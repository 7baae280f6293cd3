"""Iterating a step function until a condition holds: Collatz and Babylonian square roots."""


def iterate_until(step, done, x, limit):
    steps = 0
    while not done(x):
        if steps >= limit:
            raise RuntimeError("no convergence after " + str(limit) + " steps")
        x = step(x)
        steps += 1
    return x, steps


def collatz(n):
    return n // 2 if n % 2 == 0 else 3 * n + 1


def run(n, a):
    _, collatz_steps = iterate_until(collatz, lambda v: v == 1, n, 1000)
    root, root_steps = iterate_until(lambda x: (x + a / x) / 2, lambda x: abs(x * x - a) < 1e-9, a, 100)
    return collatz_steps, round(root, 9), root_steps


ENTRY = "run"
SAMPLES = [(27, 2.0), (1, 16.0)]
CHECKS = [(97, 1e6), (6, 0.25)]
