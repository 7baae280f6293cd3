"""Summary statistics of measurements with math.fsum (exact sums), math.prod and math.isclose."""
import math


def mean(xs):
    return math.fsum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    return math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def geometric_mean(xs):
    return math.prod(xs, start=1.0) ** (1.0 / len(xs))


def summarize(xs, scale):
    out = [math.fsum(xs), sum(xs, 0.0), math.fsum([x * scale for x in xs])]
    if len(xs) >= 2:
        out.append(mean(xs))
        out.append(variance(xs))
        out.append(math.sqrt(variance(xs)))
    if xs and all(x > 0 for x in xs):
        out.append(geometric_mean(xs))
    out.append(float(math.prod([len(xs), 2, 3])))
    out.append(math.prod([scale, scale], start=0.5))
    out.append(math.fsum((1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50)))
    out.append(math.fsum([1e-16, 1.0, 1e16]))
    out.append(float(math.isclose(math.fsum(xs), sum(xs, 0.0))))
    out.append(float(math.isclose(scale, scale + 1e-7, rel_tol=1e-6)))
    out.append(float(math.isclose(scale, 0.0, abs_tol=1e-3)))
    out.append(float(math.isclose(scale, scale * 1.5, rel_tol=0.5, abs_tol=0.1)))
    return out


def sum_ints(ns):
    return [math.fsum(ns), math.prod(ns), math.prod(ns, start=-2)]


def run(xs, scale, ns):
    return summarize(xs, scale), sum_ints(ns)


ENTRY = "run"
SAMPLES = [([0.1, 0.2, 0.3, 0.4], 3.0, [1, 2, 3]), ([1e16, 1.0, -1e16, 2.5], 1e-3, [5, -7])]
CHECKS = [([], 0.0, []), ([0.1] * 10, -0.0, [0]), ([float("inf"), 1.0], 2.0, [10**9, 10**9]),
          ([float("inf"), -float("inf")], 1.0, [1]), ([float("nan"), 1.0], 1.0, [1]), ([1e308, 1e308], 1.0, [1]),
          ([1e308, -1e308, 5e-324], float("inf"), [2**40, 2**30]), ([-0.0, -0.0], 1.0, [-1, -1]),
          ([2.0, 8.0], float("nan"), [3])]
