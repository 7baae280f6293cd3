"""A helper returning several values as a tuple; the caller unpacks them into names."""


def stats(xs):
    lo = min(xs)
    hi = max(xs)
    mean = sum(xs) / len(xs)
    return lo, hi, mean


def summary(xs):
    lo, hi, mean = stats(xs)
    spread = hi - lo
    result = stats(xs)
    return spread, mean, result, len(result)


ENTRY = "summary"
SAMPLES = [([3, 1, 4, 1, 5],), ([10],)]
CHECKS = [([],), ([-5, 5],), ([2**61, 2**61],)]
