"""A positional-only parameter whose name may also appear in **kwargs, as CPython allows."""


def record(name, /, **fields):
    keys = sorted(fields)
    return name + "(" + ", ".join(k + "=" + fields[k] for k in keys) + ")"


def run(a, b):
    return [record("Point", x=a, y=b), record("Named", name=a), record("Empty")]


ENTRY = "run"
SAMPLES = [("1", "2"), ("left", "")]
CHECKS = [("", "")]
