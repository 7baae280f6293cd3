"""Out of scope: the module's generator without random.seed(...): CPython seeds it from os.urandom."""
import random


def roll():
    return random.randint(1, 6)


ENTRY = "roll"
SAMPLES = [()]
EXPECT = "random.randint() without random.seed(...)"
EXPECT_LINE = 6
