"""functools.reduce: a product with operator.mul and an initial value, a running max, folding
strings with a lambda, a module function as the reducer, CPython's TypeError on empty input."""
import operator
from functools import reduce
from operator import mul


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def fold(xs, words):
    product = reduce(operator.mul, xs, 1)
    product2 = reduce(mul, xs, 1)
    biggest = reduce(max, xs, 0)
    joined = reduce(lambda acc, w: acc + "-" + w, words, "")
    common = reduce(gcd, xs, 0)
    total = reduce(operator.add, [float(x) for x in xs], 0.5)
    try:
        first = str(reduce(lambda a, b: a * 10 + b, xs))
    except TypeError as e:
        first = str(e)
    return product, product2, biggest, joined, common, total, first


ENTRY = "fold"
SAMPLES = [([12, 18, 30], ["a", "b", "c"]), ([], [])]
CHECKS = [([7], ["solo"]), ([0, 5], ["x", ""]), ([2, 3, 4, 5], ["p", "q"])]
