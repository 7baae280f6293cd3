"""Out of scope: f(*xs) with a list, of a function taking *args (the tuple's length would be a run-time value)."""


def total(*parts):
    return sum(parts)


def run(xs):
    return total(*xs)


ENTRY = "run"
SAMPLES = [([1, 2, 3],)]
EXPECT = "*list in a call of a function with *parts"
EXPECT_LINE = 9
