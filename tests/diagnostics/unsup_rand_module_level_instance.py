"""Out of scope: a random.Random instance made at import and shared by the module's functions."""
import random

RNG = random.Random(42)


def roll():
    return RNG.randint(1, 6)


ENTRY = "roll"
SAMPLES = [()]
EXPECT = "Random 'RNG'"
EXPECT_LINE = 8
