"""Functions passed to other functions and called through the parameter: a list of functions, twice(f, x)."""


def apply_all(fs, x):
    return [f(x) for f in fs]


def twice(f, x):
    return f(f(x))


def inc(v):
    return v + 1


def square(v):
    return v * v


def run(x):
    return apply_all([inc, square, abs], x), twice(inc, x), twice(square, x), twice(lambda v: -v, x)


ENTRY = "run"
SAMPLES = [(3,), (-4,)]
CHECKS = [(0,), (3037000499,), (3037000500,)]
