"""`and` / `or` short-circuit: the right side must not run (or raise) when it is not needed."""


def guarded(a, b):
    ok = b != 0 and a % b == 0
    big = b == 0 or a // b > 10
    risky = a < 0 or a // b > 0
    return ok, big, risky


ENTRY = "guarded"
SAMPLES = [(12, 4), (100, 7)]
CHECKS = [(-5, 0), (0, 3), (-7, 2), (5, 0), (0, 0)]
