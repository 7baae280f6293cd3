"""A generator function with a parameter and a while loop, consumed by a for loop."""


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def launch(n):
    seen = []
    for k in countdown(n):
        seen.append(k)
    return seen


ENTRY = "launch"
SAMPLES = [(3,), (0,)]
CHECKS = [(1,), (10,), (-4,)]
