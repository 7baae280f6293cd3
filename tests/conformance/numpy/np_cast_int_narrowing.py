"""Narrowing integer casts wrap modulo 2**bits: int64 -> int8 (300 -> 44), -> uint8 (-1 -> 255), -> uint16, int32 -> uint32."""
import numpy as np


def cast(a, b):
    return a.astype(np.int8), a.astype(np.uint8), a.astype(np.uint16), b.astype(np.uint32), a.astype(np.uint64)


ENTRY = "cast"
SAMPLES = [(np.array([1, 300, -1, 128]), np.array([-1, 5], dtype=np.int32))]
CHECKS = [(np.array([2**63 - 1, -(2**63), 65536 + 7, -129]), np.array([-2147483648, 2147483647], dtype=np.int32)),
          (np.array([], dtype=np.int64), np.array([], dtype=np.int32))]
