"""A decorator keeping a call count in its closure (nonlocal): the count lives as long as the
decorated function, as in CPython."""


def counted(fn):
    calls = 0

    def wrapper(x):
        nonlocal calls
        calls += 1
        return fn(x), calls

    return wrapper


@counted
def double(x):
    return 2 * x


def run(values):
    return [double(v) for v in values]


ENTRY = "run"
SAMPLES = [([1, 2, 3],)]
CHECKS = [([],)]
