"""Dicts keep insertion order; updating a key keeps its place, delete + re-insert moves it last."""


def reorder(keys):
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    first = list(d)
    if keys:
        d[keys[0]] = 100
    kept = list(d.items())
    if keys:
        del d[keys[0]]
        d[keys[0]] = -1
    moved = list(d.keys())
    return first, kept, moved, list(d.values())


ENTRY = "reorder"
SAMPLES = [(["b", "a", "c", "a"],)]
CHECKS = [([],), (["z"],), (["x", "y", "x", "y"],)]
