"""Wrappers forwarding *args and **kwargs to the functions they wrap, counting calls."""

CALLS = {}


def power(base, exp=2, mod=0):
    r = base ** exp
    return r % mod if mod else r


def counted_power(*args, **kwargs):
    CALLS["power"] = CALLS.get("power", 0) + 1
    return power(*args, **kwargs)


def run(b, e):
    results = [counted_power(b), counted_power(b, e), counted_power(b, exp=e, mod=7), counted_power(base=b)]
    return [results, CALLS["power"]]


ENTRY = "run"
SAMPLES = [(3, 4), (2, 10)]
CHECKS = [(0, 0), (-2, 3), (7, 1)]
