"""popitem() removes the last inserted pair; on an empty dict KeyError shows a quoted message."""


def drain(d, n):
    out = []
    for _ in range(n):
        k, v = d.popitem()
        out.append(f"{k}:{v}")
    return out, d


ENTRY = "drain"
SAMPLES = [({"a": 1, "b": 2, "c": 3}, 2)]
CHECKS = [({"a": 1}, 1), ({"a": 1}, 2), ({}, 1), ({}, 0)]
