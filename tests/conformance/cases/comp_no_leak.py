"""Comprehension variables are local to the comprehension: an outer variable of the same name is kept."""


def scope(xs):
    x = -1
    doubled = [x * 2 for x in xs]
    i = 100
    squares = {i: i * i for i in xs}
    evens = {x for x in xs if x % 2 == 0}
    total = sum(i for i in xs)
    return x, i, doubled, squares, sorted(evens), total


ENTRY = "scope"
SAMPLES = [([1, 2, 3],)]
CHECKS = [([],), ([4, 4],)]
