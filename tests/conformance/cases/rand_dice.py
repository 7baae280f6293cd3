"""A dice simulation with randint and randrange; CPython's ValueError messages for empty ranges."""
import random


def roll_many(rng, n, sides):
    counts = [0] * sides
    for _ in range(n):
        counts[rng.randint(1, sides) - 1] += 1
    return counts


def craps(seed, rounds):
    rng = random.Random(seed)
    wins = 0
    for _ in range(rounds):
        total = rng.randint(1, 6) + rng.randint(1, 6)
        if total in (7, 11):
            wins += 1
        elif total not in (2, 3, 12):
            point = total
            while True:
                total = rng.randint(1, 6) + rng.randint(1, 6)
                if total == point:
                    wins += 1
                    break
                if total == 7:
                    break
    return wins


def ranges(seed, start, stop, step):
    rng = random.Random(seed)
    out = []
    for what in ("one", "two", "three", "int", "bits"):
        try:
            if what == "one":
                out.append(str(rng.randrange(stop)))
            elif what == "two":
                out.append(str(rng.randrange(start, stop)))
            elif what == "three":
                out.append(str(rng.randrange(start, stop, step)))
            elif what == "int":
                out.append(str(rng.randint(start, stop)))
            else:
                out.append(str(rng.getrandbits(step)))
        except ValueError as e:
            out.append(str(e))
    return out


def run(seed, start, stop, step):
    rng = random.Random(seed)
    return roll_many(rng, 60, 6), craps(seed, 20), ranges(seed, start, stop, step)


ENTRY = "run"
SAMPLES = [(3, 0, 10, 2), (4, 5, 5, 1)]
CHECKS = [(1, 10, 0, -3), (2, 10, 0, 3), (5, 0, 10, 0), (6, -5, -1, -1), (7, 0, 2**40, 33), (9, -2**62, 2**62, 63), (10, 0, 1, 0),
          (8, 3, 4, 64)]
# getrandbits(64) past 2**63 - 1: fxn ints are 64-bit.
LIMITS = [((8, 3, 4, 64), "OverflowError: fxn: getrandbits() result does not fit in 64 bits")]
