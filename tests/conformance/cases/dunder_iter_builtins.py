"""Builtins consuming an iterable instance through __iter__: list(), sorted(), sum(), min(),
max(), set(), any(), all(), enumerate() and zip(); an empty one makes min() raise ValueError."""


class Walk:
    def __init__(self, start, steps):
        self.start = start
        self.steps = steps

    def __iter__(self):
        return WalkIter(self.start, self.steps)


class WalkIter:
    def __init__(self, pos, steps):
        self.pos = pos
        self.steps = steps
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.steps):
            raise StopIteration
        self.pos += self.steps[self.i]
        self.i += 1
        return self.pos


def walk(start, steps):
    w = Walk(start, steps)
    out = [list(w), sorted(w), sum(w), any(p < 0 for p in w), all(w), sorted(set(w))]
    pairs = [i * p for i, p in enumerate(w)]
    zipped = [a - b for a, b in zip(w, Walk(0, steps))]
    try:
        lo_hi = [min(w), max(w)]
    except ValueError as e:
        lo_hi = [len(str(e))]
    return out, pairs, zipped, lo_hi


ENTRY = "walk"
SAMPLES = [(0, [3, -5, 2, 2]), (10, [])]
CHECKS = [(-1, [1, 1])]
