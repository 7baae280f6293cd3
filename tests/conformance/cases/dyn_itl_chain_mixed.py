"""chain() of a list of int and a list of str yields items of two types: the generator's items are
dynamic."""

from itertools import chain


def mixed(xs, words):
    return [str(x) for x in chain(xs, words)]


ENTRY = "mixed"
SAMPLES = [([1, 2], ["a"])]
CHECKS = [([], []), ([3], ["b", "c"]), ([], ["z"])]
