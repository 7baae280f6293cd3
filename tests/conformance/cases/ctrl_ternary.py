"""Nested conditional expressions on floats (nan takes the else branches)."""
import math


def sign_clamp(x, lo, hi):
    s = 1.0 if x > 0.0 else (-1.0 if x < 0.0 else 0.0)
    c = lo if x < lo else hi if x > hi else x
    return s, c


ENTRY = "sign_clamp"
SAMPLES = [(2.5, 0.0, 1.0), (-3.0, -1.0, 1.0)]
CHECKS = [(0.5, 0.0, 1.0), (-0.0, 0.0, 1.0), (math.nan, 0.0, 1.0), (math.inf, -1.0, 1.0),
          (-math.inf, -1.0, 1.0), (0.0, 1.0, -1.0)]
