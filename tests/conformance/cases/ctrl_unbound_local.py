"""A local read on a path that never assigned it raises UnboundLocalError, as in CPython."""


def maybe(flag, n):
    if flag:
        y = n * 2
    for i in range(n):
        z = i
    return y + z


ENTRY = "maybe"
SAMPLES = [(True, 3)]
CHECKS = [(False, 3), (True, 0), (True, 10)]
