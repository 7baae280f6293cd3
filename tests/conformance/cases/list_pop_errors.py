"""pop() from the end or an index; empty list and bad index raise distinct IndexError messages."""


def take(xs, i):
    ys = list(xs)
    a = ys.pop()
    b = ys.pop(i)
    return a, b, ys


ENTRY = "take"
SAMPLES = [([1, 2, 3, 4], 0), ([5, 6, 7], -1)]
CHECKS = [([], 0), ([1], 0), ([1, 2], 1), ([1, 2, 3], -2), ([1, 2, 3], -3), ([1, 2, 3], 5)]
