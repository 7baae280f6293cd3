"""Out of scope: a map() iterator kept in a variable (fxn materializes map() only where it is iterated once)."""


def run(xs):
    doubled = map(lambda v: 2 * v, xs)
    return list(doubled)


ENTRY = "run"
SAMPLES = [([1, 2],)]
EXPECT = "map() kept as a value"
EXPECT_LINE = 5
