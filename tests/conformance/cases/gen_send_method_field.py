"""A generator method kept in a field and fed through it: `self.sink.send(x)` reaches the
generator the constructor made, whose yield gives `int | None`."""


class Stats:
    def __init__(self):
        self.sink = self.collect()
        next(self.sink)

    def collect(self):
        count = 0
        total = 0
        while True:
            x = yield (count, total)
            if x is not None:
                count += 1
                total += x

    def add(self, x):
        return self.sink.send(x)

    def peek(self):
        return next(self.sink)


def run(xs):
    s = Stats()
    out = [s.add(x) for x in xs]
    out.append(s.peek())
    return out


ENTRY = "run"
SAMPLES = [([1, 2, 3],), ([],)]
CHECKS = [([-5],), ([10, 20, 30, 40],)]
