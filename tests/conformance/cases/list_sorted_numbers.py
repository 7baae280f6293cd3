"""sorted() of ints and floats, reverse=True, key=abs; sort() returns None and sorts in place."""


def arrange(xs):
    ys = list(xs)
    r = ys.sort()
    return sorted(xs), sorted(xs, reverse=True), sorted(xs, key=abs), ys, r, xs


ENTRY = "arrange"
SAMPLES = [([3, -1, 2, -3, 0],), ([5],)]
CHECKS = [([],), ([2, -2, 1, -1],), ([-(2**63) + 1, 2**63 - 1, 0],)]
