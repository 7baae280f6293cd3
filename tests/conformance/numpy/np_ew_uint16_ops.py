"""uint16 + - * wrap modulo 2**16; uint16 // and % by 0 give 0; uint16 - 1 (constant) stays uint16."""
import numpy as np


def ops(a, b):
    return a + b, a - b, a * b, a // b, a % b, a - 1


ENTRY = "ops"
SAMPLES = [(np.array([[100, 200], [300, 400]], dtype=np.uint16), np.array([[7, 8], [9, 10]], dtype=np.uint16))]
CHECKS = [(np.array([[65535, 0, 256]], dtype=np.uint16), np.array([[1, 1, 256]], dtype=np.uint16)),
          (np.array([[5, 0]], dtype=np.uint16), np.array([[0, 0]], dtype=np.uint16)), (np.zeros((0, 2), dtype=np.uint16), np.zeros((0, 2), dtype=np.uint16))]
