"""Grade lookup with bisect over breakpoints (the classic recipe), bisect_left/right on
duplicates, lo/hi bounds, float breakpoints with an int score, and CPython's ValueError."""
import bisect
from bisect import bisect_left, bisect_right


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    i = bisect.bisect(breakpoints, score)
    return grades[i]


def positions(xs, x):
    left = bisect_left(xs, x)
    right = bisect_right(xs, x)
    return left, right, right - left


def report(scores, xs, x):
    letters = [grade(s) for s in scores]
    cuts = [0.5, 1.5, 2.5]
    bounded = (bisect_left(xs, x, 1), bisect_right(xs, x, 0, len(xs) // 2), bisect.bisect(xs, x, hi=2),
               bisect_left(xs, x, lo=len(xs)), bisect.bisect(cuts, len(xs)))
    words = sorted(["kiwi", "apple", "fig"])
    try:
        bisect_left(xs, x, -1)
        err = "none"
    except ValueError as e:
        err = str(e)
    return letters, positions(xs, x), bounded, bisect.bisect_left(words, "banana"), err


ENTRY = "report"
SAMPLES = [([33, 99, 77, 70, 89, 90, 100, 60], [1, 2, 2, 2, 3, 5, 8], 2)]
CHECKS = [
    ([], [], 0),
    ([59, 61], [4], 4),
    ([0], [1, 1, 1, 1], 1),
    ([85], [1, 3, 5, 7, 9], 6),
    ([85], [1, 3, 5, 7, 9], -4),
]
