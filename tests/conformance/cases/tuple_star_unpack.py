"""Starred unpacking: first, *middle, last = xs; the starred name always gets a list."""


def ends(xs):
    first, *rest = xs
    *init, last = xs
    head, *middle, tail = xs
    return first, rest, init, last, middle, head + tail


ENTRY = "ends"
SAMPLES = [([1, 2, 3, 4],), ([7, 8],)]
CHECKS = [([5],), ([],), ([1, 2, 3],)]
