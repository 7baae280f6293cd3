"""np.isnan, np.isinf and np.isfinite on float32 give bool arrays."""
import numpy as np


def preds(a):
    return np.isnan(a), np.isinf(a), np.isfinite(a)


ENTRY = "preds"
SAMPLES = [(np.array([1.0, np.nan, np.inf, -np.inf], dtype=np.float32),)]
CHECKS = [(np.array([0.0, -0.0, 3.4e38, 1e-45], dtype=np.float32),), (np.array([], dtype=np.float32),)]
