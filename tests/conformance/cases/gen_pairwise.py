"""pairwise() and a sliding window written as generators, without itertools."""


def pairwise(xs):
    it = iter(xs)
    prev = next(it, None)
    if prev is None:
        return
    for x in it:
        yield prev, x
        prev = x


def window(xs, k):
    for i in range(len(xs) - k + 1):
        yield (xs[i], xs[i + k - 1])


def diffs(xs):
    return [b - a for a, b in pairwise(gen_list(xs))], list(window(xs, 2))


def gen_list(xs):
    for x in xs:
        yield x


ENTRY = "diffs"
SAMPLES = [([1, 4, 9, 16],), ([],)]
CHECKS = [([5],), ([3, 1, 2],)]
