"""Dtype promotion of int and float arrays: int16+float32 -> float32, int32+float32 -> float64, int8+float64."""
import numpy as np


def ops(i16, i32, f32, f64):
    return i16 + f32, i32 + f32, i16 * f64, f32 + f64


ENTRY = "ops"
SAMPLES = [(np.array([1, -2], dtype=np.int16), np.array([16777217, 3], dtype=np.int32),
            np.array([0.5, 0.1], dtype=np.float32), np.array([0.1, 2.0]))]
CHECKS = [(np.array([32767, -32768], dtype=np.int16), np.array([2147483647, -1], dtype=np.int32),
           np.array([np.nan, np.inf], dtype=np.float32), np.array([1e300, -0.0]))]
