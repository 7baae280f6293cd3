"""A Range-like class: len(), indexing with negative indices and IndexError, `in` through
__contains__, iteration through a separate iterator class that raises StopIteration, and
comprehensions and sums over it."""


class StepIterator:
    def __init__(self, start, step, count):
        self.value = start
        self.step = step
        self.left = count

    def __iter__(self):
        return self

    def __next__(self):
        if self.left <= 0:
            raise StopIteration
        v = self.value
        self.value += self.step
        self.left -= 1
        return v


class Steps:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("Steps() arg 3 must not be zero")
        self.start = start
        self.stop = stop
        self.step = step

    def __len__(self):
        if self.step > 0 and self.start < self.stop:
            return (self.stop - self.start - 1) // self.step + 1
        if self.step < 0 and self.start > self.stop:
            return (self.start - self.stop - 1) // -self.step + 1
        return 0

    def __getitem__(self, i):
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("Steps index out of range")
        return self.start + i * self.step

    def __contains__(self, x):
        if self.step > 0:
            inside = self.start <= x < self.stop
        else:
            inside = self.stop < x <= self.start
        return inside and (x - self.start) % self.step == 0

    def __iter__(self):
        return StepIterator(self.start, self.step, len(self))


def steps(a, b, s, probe):
    r = Steps(a, b, s)
    items = []
    for x in r:
        items.append(x)
    total = 0
    for x in r:
        total += x
    try:
        last = str(r[-1])
    except IndexError as e:
        last = str(e)
    try:
        Steps(a, b, 0)
        bad = ""
    except ValueError as e:
        bad = str(e)
    return items, [x * x for x in r if x % 2 == 0], len(r), total, probe in r, last, r[0] if len(r) else None, \
        items == list(range(a, b, s)), bad


ENTRY = "steps"
SAMPLES = [(0, 10, 3, 6), (10, -5, -4, 2)]
CHECKS = [(5, 5, 1, 5), (-3, 4, 1, -3), (0, 100, 7, 49)]
