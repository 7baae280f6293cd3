"""Arguments and operands are evaluated left to right (observed through a shared list)."""


def note(log, v):
    log.append(v)
    return v


def combine(a, b, c):
    return a * 100 + b * 10 + c


def order(log, x):
    r = combine(note(log, x), note(log, x + 1), note(log, x + 2))
    d = note(log, 7) - note(log, 3) * note(log, 2)
    return r, d, log


ENTRY = "order"
SAMPLES = [([], 1), ([9], 4)]
CHECKS = [([5, 6], -3), ([], 0)]
