"""Partial application with closures: fixing the first argument of a two-argument function."""


def partial(f, first):
    def applied(second):
        return f(first, second)
    return applied


def power(base, exp):
    return base ** exp


def clamp_to(limit, x):
    return min(x, limit)


def run(xs, limit):
    square_of_two = partial(power, 2)
    cap = partial(clamp_to, limit)
    prefix = partial(lambda p, s: p + s, "item-")
    return [square_of_two(x) for x in xs], [cap(x) for x in xs], [prefix(str(x)) for x in xs]


ENTRY = "run"
SAMPLES = [([0, 3, 10], 5), ([], 0)]
CHECKS = [([62, 63], 100), ([1], -5)]
