"""Unpacking a list of the wrong length raises ValueError with the expected/got counts."""


def split_pair(xs):
    a, b = xs
    return b, a


ENTRY = "split_pair"
SAMPLES = [([1, 2],), ([-5, 5],)]
CHECKS = [([],), ([1],), ([1, 2, 3],), ([1, 2, 3, 4, 5],)]
