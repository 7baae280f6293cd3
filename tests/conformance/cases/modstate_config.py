"""A module-level config dict updated by a setter and read by formatting code."""

CONFIG = {"sep": ", ", "prefix": "[", "suffix": "]"}
calls = 0


def configure(key, value):
    if key not in CONFIG:
        raise KeyError(f"unknown option {key!r}")
    CONFIG[key] = value


def render(items):
    global calls
    calls += 1
    return CONFIG["prefix"] + CONFIG["sep"].join(items) + CONFIG["suffix"]


def run(items, sep):
    first = render(items)
    configure("sep", sep)
    return [first, render(items), calls]


ENTRY = "run"
SAMPLES = [(["a", "b"], "; "), (["x"], "|")]
CHECKS = [([], ""), (["p", "q", "r"], " + ")]
