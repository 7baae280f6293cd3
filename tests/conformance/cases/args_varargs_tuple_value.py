"""*args used as a value: returned, compared, indexed from the end and passed on whole."""


def pack(*items):
    return items


def last_two(*items):
    return items[-2:]


def count(*items):
    return len(items)


def run(a, b):
    t = pack(a, b, a + b)
    return [list(t), t == (a, b, a + b), list(last_two(a, b, 0)), count(*t), count(*t, *t), t[-1]]


ENTRY = "run"
SAMPLES = [(1, 2), (0, 0)]
CHECKS = [(-7, 7), (2**62, 2**62 - 1)]
