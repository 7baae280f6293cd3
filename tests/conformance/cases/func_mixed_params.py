"""Positional, defaulted and keyword-only parameters together, called in several styles."""


def window(xs, start=0, stop=-1, *, step=1, pad=0):
    if stop < 0:
        stop = len(xs)
    out = xs[start:stop:step]
    while len(out) < 3:
        out.append(pad)
    return out


def run(xs):
    return [window(xs), window(xs, 1), window(xs, 1, 3), window(xs, step=2), window(xs, pad=-1),
            window(xs, stop=2, pad=9, step=1)]


ENTRY = "run"
SAMPLES = [([1, 2, 3, 4, 5],), ([7],)]
CHECKS = [([],)]
