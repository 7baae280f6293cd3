"""An exception raised inside a comprehension propagates to the caller unchanged."""


def parse_all(items):
    return [int(s) for s in items]


ENTRY = "parse_all"
SAMPLES = [(["1", "2", "-3"],)]
CHECKS = [([],), (["1", "x", "3"],), (["4", ""],)]
