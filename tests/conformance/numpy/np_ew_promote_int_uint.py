"""Dtype promotion of mixed integer arrays: int8+uint8 -> int16, int32+uint32 -> int64, int64+uint64 -> float64."""
import numpy as np


def ops(i8, u8, i32, u32, i64, u64):
    return i8 + u8, i32 + u32, i64 + u64, u8 + u8


ENTRY = "ops"
SAMPLES = [(np.array([-1, 127], dtype=np.int8), np.array([255, 1], dtype=np.uint8),
            np.array([-1, 5], dtype=np.int32), np.array([4294967295, 5], dtype=np.uint32),
            np.array([-1, 2**62], dtype=np.int64), np.array([2**64 - 1, 2**62], dtype=np.uint64))]
CHECKS = [(np.array([-128], dtype=np.int8), np.array([0], dtype=np.uint8), np.array([-(2**31)], dtype=np.int32),
           np.array([0], dtype=np.uint32), np.array([2**53 + 1], dtype=np.int64), np.array([0], dtype=np.uint64))]
