"""Out of scope: random.getstate()/setstate() (the state tuple is not one of fxn's static types)."""
import random


def replay(seed):
    random.seed(seed)
    state = random.getstate()
    a = random.random()
    random.setstate(state)
    return a == random.random()


ENTRY = "replay"
SAMPLES = [(1,)]
EXPECT = "random.getstate"
EXPECT_LINE = 7
