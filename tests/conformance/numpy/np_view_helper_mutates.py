"""A helper function that writes into an array it receives mutates the caller's array (arrays are passed by reference)."""
import numpy as np


def zero_negatives(x):
    x[x < 0] = 0


def scale_row(x, i):
    x[i] *= 3


def f(a):
    b = a.copy()
    zero_negatives(b)
    scale_row(b, 0)
    zero_negatives(b[1:, :1])
    return b


ENTRY = "f"
SAMPLES = [(np.array([[-1.0, 2.0], [3.0, -4.0]]),)]
CHECKS = [(np.array([[1.0, 1.0]]),), (np.arange(-10, 11, dtype=np.float64).reshape(7, 3),)]
