"""np.arange with float start/stop/step: length ceil((stop-start)/step), values start + i*step."""
import numpy as np


def build(start, stop, step):
    return np.arange(start, stop, step)


ENTRY = "build"
SAMPLES = [(0.0, 2.0, 0.5), (1.0, 0.0, -0.25)]
CHECKS = [(0.0, 1.0, 0.1), (0.0, 0.3, 0.1), (-1.5, 1.5, 0.75), (2.0, 2.0, 0.5), (5.0, 0.0, 1.0),
          (0.0, 1.0, 0.3)]
