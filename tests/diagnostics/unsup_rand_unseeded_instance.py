"""Out of scope: random.Random() without a seed draws from os.urandom."""
import random


def coin():
    rng = random.Random()
    return rng.random() < 0.5


ENTRY = "coin"
SAMPLES = [()]
EXPECT = "random.Random() without a seed"
EXPECT_LINE = 6
