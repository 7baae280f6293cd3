"""Generator expressions passed to user functions, which consume them partially or fully."""


def first_over(items, limit):
    for x in items:
        if x > limit:
            return x
    return None


def total(items):
    s = 0
    for x in items:
        s += x
    return s


def analyse(xs, k):
    doubled = (x * 2 for x in xs)
    a = first_over(doubled, k)
    b = total(doubled)
    c = total(x for x in xs if x % 2 == 1)
    return a, b, c


ENTRY = "analyse"
SAMPLES = [([1, 5, 2, 8, 3], 6), ([], 0)]
CHECKS = [([1, 2, 3], 100), ([7], 1)]
