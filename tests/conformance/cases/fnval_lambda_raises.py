"""Exceptions raised inside lambdas and function values propagate to the caller, and can be caught there."""


def safe_apply(f, x):
    try:
        return f(x), ""
    except ZeroDivisionError as exc:
        return 0, "zero: " + str(exc)
    except KeyError as exc:
        return 0, "key: " + str(exc)


def run(xs, table):
    inverse = lambda v: 100 // v  # noqa: E731
    lookup = lambda v: table[str(v)]  # noqa: E731
    return [safe_apply(inverse, x) for x in xs], [safe_apply(lookup, x) for x in xs]


ENTRY = "run"
SAMPLES = [([1, 0, 7], {"1": 10, "7": 70}), ([], {})]
CHECKS = [([3], {})]
