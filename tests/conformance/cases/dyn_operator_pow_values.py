"""operator.pow called, and passed as a value to starmap, map and reduce: an int ** a negative int
is a float, as `a ** b` (found by CI's fuzzing: starmap(operator.pow, pairs) raised fxn's
NotImplementedError on (23, -1))."""
import operator
from functools import reduce
from itertools import starmap


def run(pairs, xs):
    pairs = [(p[0], p[1]) for p in pairs]
    direct = [operator.pow(a, b) for a, b in pairs]
    mapped = list(map(operator.pow, [a for a, _ in pairs], [b for _, b in pairs]))
    starred = list(starmap(operator.pow, pairs))
    try:
        folded = reduce(operator.pow, xs, 2)
    except ZeroDivisionError as e:
        folded = str(e)
    return direct, mapped, starred, folded, operator.pow(3, 2), operator.pow(2, -1)


ENTRY = "run"
SAMPLES = [([[2, 3], [5, 0]], [1, 2])]
CHECKS = [([[23, -1], [2, -2], [-3, -3]], [2, -1]), ([[0, -1]], []), ([], [0, -2]), ([[7, 2]], [3, 1, 2])]
