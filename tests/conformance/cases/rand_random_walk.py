"""A random walk with gauss steps and a jittered path, seeded through random.seed (also by str)."""
import random


def walk(seed, steps, sigma):
    random.seed(seed)
    x = 0.0
    path = []
    for _ in range(steps):
        x += random.gauss(0.0, sigma)
        path.append(round(x, 6))
    return path


def lognormal_prices(seed, days):
    rng = random.Random(seed)
    price = 100.0
    prices = []
    for _ in range(days):
        price *= rng.lognormvariate(0.0, 0.01)
        prices.append(price)
    return prices


def run(seed, steps, sigma):
    a = walk(seed, steps, sigma)
    b = walk(str(seed), steps, sigma)
    c = walk(float(seed) + 0.5, steps, sigma)
    rng = random.Random(seed)
    normals = [rng.normalvariate(10, 2) for _ in range(3)]
    return a, b, c, normals, lognormal_prices(seed, 4)


ENTRY = "run"
SAMPLES = [(1, 5, 1.0), (123456789, 3, 0.5)]
CHECKS = [(0, 0, 1.0), (-5, 7, 2.0), (2**50, 4, 0.1)]
