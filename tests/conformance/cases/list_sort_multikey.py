"""Sorting with a tuple key (-score, name): descending score, ascending name on ties."""


def rank(names, scores):
    rows = list(zip(names, scores))
    rows.sort(key=lambda r: (-r[1], r[0]))
    return [f"{name}:{score}" for name, score in rows]


ENTRY = "rank"
SAMPLES = [(["cy", "ann", "bob", "al"], [80, 95, 80, 95])]
CHECKS = [([], []), (["z"], [-1]), (["b", "a", "c"], [0, 0, 0])]
