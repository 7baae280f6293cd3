"""Bool array logic: & | ^ ~ and np.logical_and/or/not on masks built from comparisons."""
import numpy as np


def logic(a):
    p = a > 0
    q = a % 2 == 0
    return p & q, p | q, p ^ q, ~p, np.logical_and(p, q), np.logical_or(p, ~q), np.logical_not(q)


ENTRY = "logic"
SAMPLES = [(np.array([-2, -1, 0, 1, 2, 3]),)]
CHECKS = [(np.array([], dtype=np.int64),), (np.array([4, 4, 4]),)]
