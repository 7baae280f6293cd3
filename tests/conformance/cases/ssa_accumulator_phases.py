"""An accumulator rebound across phases: an int sum, then the float mean, then its text."""


def mean_text(values):
    total = 0
    for v in values:
        total += v
    total = total / len(values)
    total = f"{total:.3f}"
    return "mean=" + total


ENTRY = "mean_text"
SAMPLES = [([1, 2, 3, 4],)]
CHECKS = [([5],), ([-1, 1],), ([],), ([10**6, 3],)]
