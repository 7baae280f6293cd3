"""ReLU and its gradient with np.where: np.where(x > 0, x, 0.0) and (x > 0).astype(x.dtype) on float64."""
import numpy as np


def relu(x):
    y = np.where(x > 0, x, 0.0)
    grad = (x > 0).astype(x.dtype)
    return y, grad


ENTRY = "relu"
SAMPLES = [(np.array([-1.0, 0.0, 2.5]),)]
CHECKS = [(np.array([np.nan, -0.0, np.inf]),), (np.array([]),), (np.linspace(-1, 1, 11),)]
