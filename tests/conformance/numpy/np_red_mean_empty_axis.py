"""mean over an empty axis is nan per column (RuntimeWarning 'Mean of empty slice'); over a non-empty axis it is empty."""
import numpy as np


def avg(a):
    return a.mean(axis=0), a.mean(axis=1)


ENTRY = "avg"
SAMPLES = [(np.array([[1.0, 2.0], [3.0, 4.0]]),)]
CHECKS = [(np.zeros((0, 3)),), (np.zeros((2, 0)),)]
