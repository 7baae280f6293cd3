"""np.shares_memory tells views from copies: slices, reshape and .T share; copy, fancy indexing and a + 0 do not."""
import numpy as np


def f(a):
    return (np.shares_memory(a, a[1:]), np.shares_memory(a, a.reshape(-1)), np.shares_memory(a, a.T),
            np.shares_memory(a, a.copy()), np.shares_memory(a, a[[0]]), np.shares_memory(a, a + 0))


ENTRY = "f"
SAMPLES = [(np.arange(6).reshape(3, 2),)]
CHECKS = [(np.arange(20).reshape(4, 5),), (np.arange(2).reshape(2, 1),)]
