"""np.empty_like gives the shape and dtype of its argument; .fill and a full-slice store set every element."""
import numpy as np


def build(a):
    e = np.empty_like(a)
    e.fill(3)
    f = np.empty_like(a)
    f[...] = a * 2
    return e, f


ENTRY = "build"
SAMPLES = [(np.arange(12, dtype=np.int32).reshape(3, 4),)]
CHECKS = [(np.zeros((0, 5), dtype=np.int32),), (np.array([[-1, 7]], dtype=np.int32),),
          (np.full((6, 2), 2**30, dtype=np.int32),)]
