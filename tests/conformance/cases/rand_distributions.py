"""uniform, triangular, expovariate, gauss's cached second value, seeding again, and their errors."""
import random


def stats(seed, n):
    rng = random.Random(seed)
    xs = [rng.uniform(-1.0, 1.0) for _ in range(n)]
    ys = [rng.uniform(3, 1) for _ in range(2)]
    tri = [rng.triangular(), rng.triangular(0, 10), rng.triangular(1.0, 2.0, 1.2), rng.triangular(0, 5, 5)]
    expo = [rng.expovariate(0.5), rng.expovariate(-2)]
    g1 = rng.gauss()
    rng.seed(seed)  # seeding forgets the cached gauss value
    g2 = rng.gauss()
    g3 = rng.gauss(mu=1.0, sigma=0.0)
    return xs, ys, tri, expo, g1 == g2, g3


def failures(seed, lambd, items, k):
    rng = random.Random(seed)
    out = []
    try:
        out.append(repr(rng.expovariate(lambd)))
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))
    try:
        out.append(str(rng.sample(items, k)))
    except ValueError as e:
        out.append("ValueError: " + str(e))
    try:
        out.append(str(rng.getrandbits(k)))
    except ValueError as e:
        out.append("ValueError: " + str(e))
    try:
        out.append(str(rng.choice(items)))
    except IndexError as e:
        out.append("IndexError: " + str(e))
    return out


def run(seed, n, lambd, items, k):
    return stats(seed, n), failures(seed, lambd, items, k)


ENTRY = "run"
SAMPLES = [(5, 3, 1.0, [1, 2, 3], 2), (6, 0, 0.0, [], -1)]
CHECKS = [(7, 2, 2.0, [4], 5), (8, 1, -1.0, list(range(100)), 30), (9, 4, 0.25, list(range(30)), 7),
          (10, 1, 1.0, [1], 2**31), (11, 1, 1.0, [1], -2**31 - 1)]  # getrandbits: k as a C int first
