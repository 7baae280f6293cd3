"""A generator expression's first iterable is evaluated at creation; later the list it holds
is read live, and the variables it captures (assigned before) are read when it runs."""


def demo(xs, k):
    scale = k * 2
    g = (x * scale for x in xs if x != k)
    xs.append(100)
    xs = [0]
    total = sum(g)
    h = (x + k for x in range(len(xs) + 2))
    first = next(h)
    return total, first, list(h), xs


ENTRY = "demo"
SAMPLES = [([1, 2, 3], 2), ([], 0)]
CHECKS = [([5, 5], 5), ([-1], 3)]
