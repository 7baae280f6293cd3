"""functools.partial of module functions and lambdas with constant arguments (positional and
keyword), called directly, stored, and passed as key= and to map."""
import functools
from functools import partial


def power(base, exp):
    return base ** exp


def clamp(x, low=0, high=100):
    return max(low, min(high, x))


def scaled(xs):
    square = partial(power, exp=2)
    two_to = functools.partial(power, 2)
    clip = partial(clamp, high=10)
    near = partial(lambda target, x: abs(x - target), 5)
    return ([square(x) for x in xs], [two_to(abs(x)) for x in xs], list(map(clip, xs)),
            sorted(xs, key=near), [clip(x, -1) for x in xs])


ENTRY = "scaled"
SAMPLES = [([3, -2, 12, 5, 7],), ([],)]
CHECKS = [([0],), ([10, 11, 9, -5],)]
