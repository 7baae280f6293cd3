"""Recursion that threads an accumulator through a default argument."""


def digits_sum(n, acc=0):
    if n == 0:
        return acc
    return digits_sum(n // 10, acc + n % 10)


def flatten_depth(xs, depth=0, out=None):
    if out is None:
        out = []
    for x in xs:
        out.append((x, depth))
    if len(xs) > 1:
        flatten_depth(xs[1:], depth + 1, out)
    return out


def run(n, xs):
    return digits_sum(n), digits_sum(n, 100), flatten_depth(xs)


ENTRY = "run"
SAMPLES = [(12345, [1, 2, 3]), (0, [])]
CHECKS = [(9, [5]), (2**63 - 1, [4, 4])]
