"""A maybe-unbound local `x` (then rebound to a str) beside a local named `x_bound`: the compiled
code's "is x bound" flag must not clash with the user's name."""


def pick(n):
    if n > 0:
        x = n
    x_bound = n * 10
    total = x + x_bound
    if n > 5:
        x = "big"
        return x
    return f"{total} {x_bound}"


ENTRY = "pick"
SAMPLES = [(2,), (4,), (9,)]
CHECKS = [(0,), (-1,)]
