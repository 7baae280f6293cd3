"""An entry that returns None, both implicitly and from an early bare return."""


def fill(lst, v):
    if v < 0:
        return
    for i in range(len(lst)):
        lst[i] = v


ENTRY = "fill"
SAMPLES = [([1, 2, 3], 7)]
CHECKS = [([], 1), ([1], -1), ([5, 6], 0)]
