"""match with a `case None` pattern against an optional value from dict.get."""


def lookup(d, key):
    match d.get(key):
        case None:
            return "missing"
        case 0:
            return "zero"
        case v if v < 0:
            return f"negative {v}"
        case v:
            return f"value {v}"


def run(d, keys):
    return [lookup(d, k) for k in keys]


ENTRY = "run"
SAMPLES = [({"a": 1, "b": 0, "c": -4}, ["a", "b", "c", "d"])]
CHECKS = [({}, ["x"]), ({"x": 2**63 - 1}, ["x", "x"])]
