"""itertools.accumulate: running totals, products, maxima and a balance with an opening amount."""

import itertools
import operator
from itertools import accumulate


def running(xs):
    totals = list(accumulate(xs))
    products = list(accumulate(xs, operator.mul))
    peaks = list(accumulate(xs, max))
    floors = list(itertools.accumulate(xs, func=min))
    return totals, products, peaks, floors


def balance(deposits, opening):
    history = list(accumulate(deposits, lambda acc, d: acc + d if acc + d >= 0 else acc, initial=opening))
    return history, history[-1]


def report(xs, opening):
    words = list(accumulate([str(x) for x in xs]))
    return running(xs), balance(xs, opening), words


ENTRY = "report"
SAMPLES = [([3, -1, 4, 1, -5, 9], 10), ([], 0)]
CHECKS = [([7], 1), ([-2, -2, 5, 0], 3), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0)]
