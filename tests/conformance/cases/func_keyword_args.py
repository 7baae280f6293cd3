"""Keyword arguments at call sites, in any order, mixed with positional ones."""


def describe(name, age, city="unknown", verbose=False):
    base = f"{name} ({age}) from {city}"
    return base.upper() if verbose else base


def run(name, age):
    return [describe(name, age), describe(age=age, name=name), describe(name, age, verbose=True),
            describe(name, city="Paris", age=age), describe(city="Rome", verbose=False, age=age,
                                                            name=name)]


ENTRY = "run"
SAMPLES = [("ann", 30), ("Zoë", 7)]
CHECKS = [("", 0)]
