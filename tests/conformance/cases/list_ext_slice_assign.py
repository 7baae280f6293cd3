"""Assigning to an extended slice needs the same length, else ValueError naming both sizes."""


def stripe(xs, vals):
    ys = list(xs)
    ys[::2] = vals
    return ys


ENTRY = "stripe"
SAMPLES = [([0, 0, 0, 0, 0], [1, 2, 3]), ([5, 6], [7])]
CHECKS = [([0, 0, 0, 0], [1]), ([], []), ([], [1]), ([0, 0, 0], [1, 2, 3, 4])]
