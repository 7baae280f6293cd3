"""(n, 0) @ (0, m) is an (n, m) array of zeros; (0, k) @ (k, m) is (0, m)."""
import numpy as np


def mm(a, b):
    return a @ b


ENTRY = "mm"
SAMPLES = [(np.ones((2, 3)), np.ones((3, 2)))]
CHECKS = [(np.zeros((3, 0)), np.zeros((0, 4))), (np.zeros((0, 2)), np.ones((2, 5))), (np.ones((2, 2)), np.zeros((2, 0)))]
