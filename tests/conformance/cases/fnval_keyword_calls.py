"""Calling function values with keyword arguments and defaults (lambdas and module functions)."""


def area(width, height=1, scale=1):
    return width * height * scale


def run(w, h):
    f = area
    g = lambda width, height=2: width + height  # noqa: E731
    return f(w), f(w, h), f(w, scale=3), f(height=h, width=w), g(w), g(w, height=h), g(height=0, width=w)


ENTRY = "run"
SAMPLES = [(2, 5), (0, 0)]
CHECKS = [(-1, 3)]
