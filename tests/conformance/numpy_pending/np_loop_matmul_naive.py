"""A triple-loop integer matrix product into np.zeros((n, m), dtype=np.int64), equal to a @ b."""
import numpy as np


def matmul(a, b):
    n, k = a.shape
    m = b.shape[1]
    out = np.zeros((n, m), dtype=np.int64)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i, t] * b[t, j]
            out[i, j] = s
    return out, bool((out == a @ b).all())


ENTRY = "matmul"
SAMPLES = [(np.arange(6).reshape(2, 3), np.arange(12).reshape(3, 4))]
CHECKS = [(np.ones((1, 1), dtype=np.int64), np.ones((1, 5), dtype=np.int64)), (np.arange(20).reshape(5, 4) - 10, np.arange(8).reshape(4, 2))]
