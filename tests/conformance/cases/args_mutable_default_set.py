"""A set default that remembers what it has seen across calls, the default list beside it."""


def first_seen(x, seen=set(), order=[]):
    if x in seen:
        return False
    seen.add(x)
    order.append(x)
    return True


def history(order=[]):
    return len(order)


def run(xs):
    return [[first_seen(x) for x in xs], history()]


ENTRY = "run"
SAMPLES = [([1, 2, 1],), ([2, 3],)]
CHECKS = [([],), ([3, 3, 4],)]
