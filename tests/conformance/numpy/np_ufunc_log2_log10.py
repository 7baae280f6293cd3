"""np.log2 and np.log10 (transcendental): exact on powers of two and ten; 0 gives -inf."""
import numpy as np


def logs(a):
    return np.log2(a), np.log10(a), np.log1p(a)


ENTRY = "logs"
SAMPLES = [(np.array([1.0, 2.0, 8.0, 1000.0]),)]
CHECKS = [(np.array([0.0, -1.0, 1e-300, 1e300, 0.1, np.inf]),), (np.array([]),)]
