"""Builtins doing arithmetic on a bool take it as the int 0 or 1, as CPython does: divmod(), pow()
and abs() of a comparison give ints, not floats."""


def run(n):
    flag = n % 7 == 0
    return [repr(divmod(flag, 2)), repr(divmod(n, 3 - flag)), repr(pow(flag, 2)), repr(abs(flag)),
            repr(divmod(n > 2, n or 1))]


ENTRY = "run"
SAMPLES = [(3,)]
CHECKS = [(0,), (7,), (-14,), (1,)]
