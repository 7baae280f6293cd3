"""Adding or removing keys while iterating a dict raises RuntimeError; rewriting values does not."""


def tweak(d, mode):
    if mode == "values":
        for k in d:
            d[k] = d[k] * 2
        return d
    if mode == "add":
        for k in d:
            d[k + "!"] = 0
        return d
    for k in d:
        if d[k] < 0:
            del d[k]
    return d


ENTRY = "tweak"
SAMPLES = [({"a": 1, "b": 2}, "values"), ({"a": 1}, "del")]
CHECKS = [({"a": 1}, "add"), ({"a": -1, "b": 2}, "del"), ({}, "add"), ({"a": 1, "b": -2}, "del")]
