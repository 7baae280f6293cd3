"""any()/all() stop at the first decisive item, so a later item that would raise is never reached."""


def safe_ratio(xs, limit):
    found = any(100 // x > limit for x in xs)
    ok = all(100 // x < limit for x in xs)
    return found, ok


ENTRY = "safe_ratio"
SAMPLES = [([1, 0, 5], 10), ([50, 25, 0], 1)]
CHECKS = [([5, 0], 100), ([0], 0), ([], 0), ([-3, 0], -50)]
