"""Out of scope: random.seed(...) at module level (the compiled library's generator is not seeded at import)."""
import random

random.seed(42)


def roll():
    return random.randint(1, 6)


ENTRY = "roll"
SAMPLES = [()]
EXPECT = "random.seed(...) at module level"
EXPECT_LINE = 4
