"""Hand-written map/filter/take generators composed over generator expressions."""


def my_filter(pred_mod, items):
    for x in items:
        if x % pred_mod == 0:
            yield x


def my_map_square(items):
    for x in items:
        yield x * x


def take(n, items):
    if n <= 0:
        return
    for x in items:
        yield x
        n -= 1
        if n == 0:
            return


def compose(xs, m, n):
    return list(take(n, my_map_square(my_filter(m, (x + 1 for x in xs)))))


ENTRY = "compose"
SAMPLES = [([1, 2, 3, 4, 5, 6, 7, 8], 2, 3), ([], 3, 2)]
CHECKS = [([5, 9, 11], 3, 10), ([1, 2, 3], 1, 0)]
