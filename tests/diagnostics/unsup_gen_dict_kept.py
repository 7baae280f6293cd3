"""Out of scope: a generator expression over a dict kept as a value. CPython takes the dict's
iterator when the generator is made, so a size change before its first item raises
RuntimeError; fxn's loop would start at the first item and miss it (here the size stays)."""


def keys_after_update(d):
    g = (k for k in d)
    d["a"] = 0
    return list(g)


ENTRY = "keys_after_update"
SAMPLES = [({"a": 1},)]
EXPECT = "generator expression over a dict kept as a value"
EXPECT_LINE = 7
