"""del d[key] removes an entry; deleting a missing key raises KeyError."""


def prune(d, drop):
    out = dict(d)
    for k in drop:
        del out[k]
    return out


ENTRY = "prune"
SAMPLES = [({"a": 1, "b": 2, "c": 3}, ["a", "c"])]
CHECKS = [({"a": 1}, []), ({"a": 1}, ["a", "a"]), ({}, ["q"])]
