"""Geometry with math.hypot of any number of coordinates and math.dist of points as tuples and lists."""
import math


def path_length(points):
    total = 0.0
    for a, b in zip(points, points[1:]):
        total += math.dist(a, b)
    return total


def norm3(x, y, z):
    return math.hypot(x, y, z)


def run(points, x, y):
    pts = [(p[0], p[1]) for p in points]
    message = ""
    try:
        math.dist([x, y], [x])
    except ValueError as e:
        message = str(e)
    return [path_length(pts), math.dist((x, y), (0.0, 0.0)), math.dist([1, 2, 3], [4, 6, 3]),
            math.dist(points[0], points[-1]), norm3(x, y, 2.0), math.hypot(x), math.hypot(), math.hypot(x, y),
            math.hypot(3, 4, 12, 84), math.hypot(x, y, x, y, x, y), norm3(x, float("nan"), float("inf")),
            norm3(x, float("nan"), 1.0), math.hypot(1e-310, 2e-310, 3e-310), math.hypot(1e308, 1e308, 1e307),
            math.atan2(y, x), math.degrees(math.atan2(y, x))], message


ENTRY = "run"
SAMPLES = [([[0.0, 0.0], [3.0, 4.0], [6.0, 8.5]], 1.5, -2.25), ([[1.0, 1.0], [1.0, 1.0]], 0.1, 0.2)]
CHECKS = [([[0.0, 0.0]], 0.0, -0.0), ([[1e300, 1e300], [-1e300, -1e300]], 1e-200, 1e200),
          ([[0.5, 0.25], [0.125, 2.0], [7.0, 1e-9]], float("inf"), 1.0), ([[5e-324, 0.0], [0.0, 5e-324]], 3.0, 4.0)]
