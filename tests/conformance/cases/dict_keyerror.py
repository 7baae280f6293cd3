"""d[key] for a missing key raises KeyError whose message is the key's repr (quotes for str)."""


def fetch(d, key):
    return d[key] * 2


ENTRY = "fetch"
SAMPLES = [({"a": 1, "b": 2}, "a")]
CHECKS = [({"a": 1}, "b"), ({}, ""), ({"a": 1}, "it's"), ({"a": 1}, "A"), ({"x": 5}, "é")]
