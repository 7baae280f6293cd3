"""sum/min/max/sorted over generator values; min() of an empty generator raises ValueError."""


def readings(xs, offset):
    for x in xs:
        yield x + offset


def stats(xs):
    total = sum(readings(xs, 1))
    hi = max(readings(xs, 0))
    lo = min(readings(xs, -1))
    ordered = sorted(readings(xs, 0), reverse=True)
    return total, hi, lo, ordered


ENTRY = "stats"
SAMPLES = [([3, 9, 1, 4],), ([5],)]
CHECKS = [([],), ([-2, -8],)]
