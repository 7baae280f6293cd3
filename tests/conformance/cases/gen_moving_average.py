"""A moving average over a stream of floats, with a window kept by the generator."""


def moving_average(xs, k):
    window = []
    total = 0.0
    for x in xs:
        window.append(x)
        total += x
        if len(window) > k:
            total -= window.pop(0)
        if len(window) == k:
            yield total / k


def smooth(xs, k):
    return [round(v, 3) for v in moving_average(xs, k)]


ENTRY = "smooth"
SAMPLES = [([1.0, 2.0, 3.0, 4.0, 10.0], 2), ([], 3)]
CHECKS = [([5.5], 1), ([1.0, 1.0], 3), ([0.1, 0.2, 0.3, 0.4], 3)]
