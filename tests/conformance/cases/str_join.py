"""sep.join(list of str), including the empty list and the empty separator."""


def joins(parts):
    csv = ",".join(parts)
    spaced = " | ".join(parts)
    glued = "".join(parts)
    backwards = "-".join(reversed(parts))
    upper = " ".join(p.upper() for p in parts)
    return csv, spaced, glued, backwards, upper


ENTRY = "joins"
SAMPLES = [(["a", "b", "c"],), (["héllo", "日本"],)]
CHECKS = [([],), ([""],), (["", ""],), (["one"],)]
