"""Classification accuracy (logits.argmax(axis=1) == labels).mean() and the count of correct predictions."""
import numpy as np


def accuracy(logits, labels):
    pred = logits.argmax(axis=1)
    correct = pred == labels
    return correct.mean(), int(correct.sum()), pred


ENTRY = "accuracy"
SAMPLES = [(np.array([[0.1, 0.9], [0.8, 0.2], [0.4, 0.6]]), np.array([1, 0, 0]))]
CHECKS = [(np.zeros((0, 2)), np.array([], dtype=np.int64)), (np.array([[1.0, 1.0]]), np.array([0])),
          (np.array([[np.nan, 1.0]]), np.array([1]))]
