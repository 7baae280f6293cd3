"""Numeric integration and Newton's method taking the function (and its derivative) as arguments."""
import math


def trapezoid(f, a, b, n):
    h = (b - a) / n
    total = (f(a) + f(b)) / 2
    for i in range(1, n):
        total += f(a + i * h)
    return total * h


def newton(f, df, x0, steps):
    x = x0
    for _ in range(steps):
        d = df(x)
        if d == 0:
            raise ZeroDivisionError("zero derivative at " + str(x))
        x = x - f(x) / d
    return x


def run(n, x0):
    area_sin = trapezoid(math.sin, 0.0, math.pi, n)
    area_sq = trapezoid(lambda x: x * x, 0.0, 1.0, n)
    root = newton(lambda x: x * x - 2, lambda x: 2 * x, x0, 6)
    return round(area_sin, 10), round(area_sq, 10), round(root, 12)


ENTRY = "run"
SAMPLES = [(10, 1.0), (100, 3.0)]
CHECKS = [(1, 0.0), (4, -1.0)]
