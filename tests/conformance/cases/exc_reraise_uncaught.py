"""A bare `raise` with no outer handler propagates the original exception and message."""


def strict_get(d, keys):
    total = 0
    for k in keys:
        try:
            total += d[k]
        except KeyError:
            if k.startswith("opt_"):
                continue
            raise
    return total


ENTRY = "strict_get"
SAMPLES = [({"a": 1, "b": 2}, ["a", "b", "opt_c"])]
CHECKS = [({"a": 1}, ["a", "z"]), ({}, ["opt_x"]), ({}, [""])]
