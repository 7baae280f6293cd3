"""np.array of a list of bools: dtype bool, counting True with sum and inverting with ~."""
import numpy as np


def build(flags):
    a = np.array(flags, dtype=bool)
    return a, ~a, a.sum(), a.dtype == np.bool_


ENTRY = "build"
SAMPLES = [([True, False, True],)]
CHECKS = [([],), ([False],), ([True] * 9,), ([False, False, True, True, False],)]
