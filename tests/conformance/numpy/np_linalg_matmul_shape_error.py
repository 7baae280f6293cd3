"""a @ b with mismatched inner sizes raises ValueError ('matmul: Input operand 1 has a mismatch in its core dimension 0, ...')."""
import numpy as np


def mm(a, b):
    return a @ b


ENTRY = "mm"
SAMPLES = [(np.ones((2, 3)), np.ones((3, 4)))]
CHECKS = [(np.ones((2, 3)), np.ones((4, 3))), (np.ones((1, 5)), np.ones((5, 1))), (np.ones((3, 1)), np.ones((2, 3)))]
