"""A forwarding wrapper f(*args, **kwargs) passing everything through to the function it wraps."""


def area(w, h, scale=1):
    return w * h * scale


def logged_area(*args, **kwargs):
    result = area(*args, **kwargs)
    return (len(args), sorted(kwargs), result)


def run(w, h):
    return [logged_area(w, h), logged_area(w, h, 3), logged_area(w, h=h), logged_area(w=w, h=h, scale=2)]


ENTRY = "run"
SAMPLES = [(2, 3), (0, 7)]
CHECKS = [(-4, 5), (10**9, 10**9)]
