"""A module-level decorator wrapping a helper: the wrapper calls the wrapped function."""


def doubled(fn):
    def wrapper(x):
        return fn(x) * 2
    return wrapper


@doubled
def square(x):
    return x * x


@doubled
@doubled
def plus_one(x):
    return x + 1


def run(n):
    return square(n) + 1, plus_one(n), [square(k) for k in range(n)]


ENTRY = "run"
SAMPLES = [(3,), (0,)]
CHECKS = [(-2,), (10,)]
