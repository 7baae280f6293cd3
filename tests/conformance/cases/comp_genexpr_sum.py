"""Generator expressions passed straight to sum(), min(), max() and sorted()."""


def stats(xs):
    sq = sum(x * x for x in xs)
    pos = sum(1 for x in xs if x > 0)
    lo = min((abs(x) for x in xs), default=-1)
    hi = max((x % 7 for x in xs), default=-1)
    top = sorted((x for x in xs if x % 2), reverse=True)[:3]
    avg = sum(x / 2 for x in xs)
    return sq, pos, lo, hi, top, avg


ENTRY = "stats"
SAMPLES = [([3, -1, 4, -1, 5, 9, -2, 6],)]
CHECKS = [([],), ([0],), ([-7, 7],)]
