"""An infinite counter with a step, advanced by next() and by a loop that breaks."""


def count(start, step):
    n = start
    while True:
        yield n
        n += step


def demo(start, step, stop):
    c = count(start, step)
    first = next(c)
    second = next(c)
    later = []
    for v in c:
        if v > stop:
            break
        later.append(v)
    return first, second, later, next(c)


ENTRY = "demo"
SAMPLES = [(0, 3, 10), (5, 1, 4)]
CHECKS = [(-10, 4, 0), (1, 100, 50)]
