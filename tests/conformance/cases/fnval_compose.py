"""A pipeline of functions built with a compose helper."""


def compose(f, g):
    return lambda x: g(f(x))


def inc(x):
    return x + 1


def square(x):
    return x * x


def pipeline(values):
    inc_then_square = compose(inc, square)
    square_then_inc = compose(square, inc)
    twice = compose(inc_then_square, inc_then_square)
    negate = compose(lambda v: -v, abs)
    return [inc_then_square(v) for v in values], [square_then_inc(v) for v in values], \
        [twice(v) for v in values], [negate(v) for v in values]


ENTRY = "pipeline"
SAMPLES = [([1, 2, 3],), ([],)]
CHECKS = [([-5, 0, 10],)]
