"""np.array(list_of_ints, dtype=...) for int32, float32 (rounding past 2**24) and uint16 element types."""
import numpy as np


def build(xs):
    return (np.array(xs, dtype=np.int32), np.array(xs, dtype=np.float32),
            np.array([x % 65536 for x in xs], dtype=np.uint16))


ENTRY = "build"
SAMPLES = [([1, 2, 3],), ([-7, 0, 65535],)]
CHECKS = [([],), ([16777217, -16777217],), ([2147483647, -2147483648],), ([5],)]
