"""pop(key) removes and returns; pop(key, default) never raises; pop of a missing key raises KeyError."""


def take(d, key):
    d2 = dict(d)
    safe = d2.pop("zzz", -1)
    v = d2.pop(key)
    return v, safe, d2, len(d2)


ENTRY = "take"
SAMPLES = [({"a": 1, "b": 2, "c": 3}, "b")]
CHECKS = [({"a": 1}, "a"), ({}, "a"), ({"a": 1}, "zzz")]
