"""List comprehensions with an if filter and a conditional expression in the output."""


def transform(xs):
    evens = [x for x in xs if x % 2 == 0]
    labels = ["neg" if x < 0 else "zero" if x == 0 else "pos" for x in xs]
    clipped = [min(max(x, -10), 10) for x in xs if x != 0]
    return evens, labels, clipped


ENTRY = "transform"
SAMPLES = [([3, -4, 0, 12, -15, 8],)]
CHECKS = [([],), ([0, 0],), ([-(2**63), 2**63 - 1],)]
