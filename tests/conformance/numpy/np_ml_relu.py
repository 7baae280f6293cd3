"""ReLU as np.maximum(x, 0) on float32: stays float32 (constant 0), nan propagates, -inf becomes 0."""
import numpy as np


def relu(x):
    return np.maximum(x, 0)


ENTRY = "relu"
SAMPLES = [(np.array([[-1.0, 2.0], [0.5, -3.0]], dtype=np.float32),)]
CHECKS = [(np.array([[np.nan, -np.inf, np.inf]], dtype=np.float32),), (np.zeros((0, 3), dtype=np.float32),),
          (np.linspace(-2, 2, 21, dtype=np.float32).reshape(7, 3),)]
