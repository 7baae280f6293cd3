"""Summing int8 and int32 arrays accumulates in int64 (no wrap); uint8 sums to uint64; bool sums count."""
import numpy as np


def sums(i8, i32, u8, b):
    return i8.sum(), i32.sum(), u8.sum(), b.sum()


ENTRY = "sums"
SAMPLES = [(np.array([100, 100, 100], dtype=np.int8), np.array([2**31 - 1, 2**31 - 1], dtype=np.int32),
            np.array([255, 255, 255], dtype=np.uint8), np.array([True, False, True]))]
CHECKS = [(np.array([], dtype=np.int8), np.array([], dtype=np.int32), np.array([], dtype=np.uint8), np.array([], dtype=bool)),
          (np.full(300, -128, dtype=np.int8), np.array([-(2**31)] * 3, dtype=np.int32), np.full(1000, 200, dtype=np.uint8),
           np.ones(1000, dtype=bool))]
