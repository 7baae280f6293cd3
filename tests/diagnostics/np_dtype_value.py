"""Out of scope: a dtype as a value (its repr and identity are NumPy's); comparing dtypes compiles."""
import numpy as np


def describe(xs):
    a = np.array(xs)
    return repr(a.dtype)


ENTRY = "describe"
SAMPLES = [([1.0, 2.0],)]
EXPECT = "dtype"
EXPECT_LINE = 7
