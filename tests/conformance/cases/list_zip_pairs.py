"""zip stops at the shortest input; zip of three lists; dict(zip(...)) pairs keys with values."""


def pair(keys, vals, flags):
    two = list(zip(keys, vals))
    three = [f"{k}{v}{f}" for k, v, f in zip(keys, vals, flags)]
    mapping = dict(zip(keys, vals))
    return two, three, mapping


ENTRY = "pair"
SAMPLES = [(["a", "b", "c"], [1, 2, 3, 4], [True, False])]
CHECKS = [([], [1], [True]), (["x", "x"], [1, 2], [False, True, False])]
