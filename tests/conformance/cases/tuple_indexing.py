"""Tuple indexing (negative too) and slicing; a bad index raises IndexError: tuple index out of range."""


def pick(a, b, c, i):
    t = (a, b, c, a + b)
    return t[i], t[-1], t[1:], t[::-1], t[-2:]


ENTRY = "pick"
SAMPLES = [(1, 2, 3, 0), (7, 8, 9, -2)]
CHECKS = [(1, 2, 3, 3), (1, 2, 3, 4), (1, 2, 3, -4), (1, 2, 3, -5)]
