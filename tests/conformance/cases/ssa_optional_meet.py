"""Versions that meet as `T | None`: the best match so far starts as None; after the search the
name is rebound to its text."""


def best_score(scores, limit):
    best = None
    for s in scores:
        if s > limit:
            continue
        if best is None:
            best = s
        elif s > best:
            best = s
    if best is None:
        best = "none"
    else:
        best = f"best={best}"
    return best


ENTRY = "best_score"
SAMPLES = [([3, 9, 5], 6), ([7, 8], 6)]
CHECKS = [([], 0), ([6, 6], 6), ([-1, -5], 0)]
