"""An iterator class (__iter__ returns self, __next__ raises StopIteration): a for loop, a loop
with break and else, next() until StopIteration, iter() of it, and `in`, which consumes it."""


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


def countdown(n, stop_at):
    seen = []
    for x in Countdown(n):
        seen.append(x)
    found = -1
    for x in Countdown(n):
        if x == stop_at:
            found = x
            break
    else:
        found = 0
    it = iter(Countdown(2))
    firsts = [next(it), next(it)]
    try:
        next(it)
        exhausted = False
    except StopIteration:
        exhausted = True
    c = Countdown(n)
    hit = stop_at in c
    rest = [x for x in c]
    return seen, found, firsts, exhausted, hit, rest


ENTRY = "countdown"
SAMPLES = [(5, 3), (3, 9)]
CHECKS = [(0, 1), (1, 1)]
