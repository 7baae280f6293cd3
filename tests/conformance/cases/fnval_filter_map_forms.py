"""map() over two lists, filter(None, ...), filter with a module predicate, and str.join(map(str, ...))."""


def is_even(n):
    return n % 2 == 0


def run(xs, ys, words):
    sums = list(map(lambda a, b: a + b, xs, ys))
    truthy = list(filter(None, words))
    evens = list(filter(is_even, xs))
    text = ", ".join(map(str, xs))
    total = sum(map(abs, ys))
    longest = max(map(len, words)) if words else 0
    squares = []
    for s in map(lambda v: v * v, xs):
        squares.append(s)
    return sums, truthy, evens, text, total, longest, squares


ENTRY = "run"
SAMPLES = [([1, 2, 3, 4], [10, -20, 30], ["a", "", "ccc"]), ([], [], [])]
CHECKS = [([5], [-5, 6], [""])]
