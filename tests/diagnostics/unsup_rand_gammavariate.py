"""Out of scope: the distributions fxn does not compile (gammavariate, betavariate, vonmisesvariate, paretovariate, weibullvariate)."""
import random


def waits(seed):
    rng = random.Random(seed)
    return rng.gammavariate(2.0, 1.5)


ENTRY = "waits"
SAMPLES = [(1,)]
EXPECT = "Random.gammavariate()"
EXPECT_LINE = 7
