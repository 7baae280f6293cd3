"""min/max of an int32 2-d array: methods and np.min/np.max/np.amax, axis=None/0/1."""
import numpy as np


def mm(a):
    return a.min(), a.max(), np.min(a, axis=0), np.max(a, axis=1), np.amax(a), a.max(axis=-1, keepdims=True)


ENTRY = "mm"
SAMPLES = [(np.array([[3, -1, 4], [1, 5, -9]], dtype=np.int32),)]
CHECKS = [(np.array([[7]], dtype=np.int32),), (np.array([[-2147483648, 2147483647]] * 3, dtype=np.int32),),
          (np.arange(21, dtype=np.int32).reshape(7, 3) % 5,)]
