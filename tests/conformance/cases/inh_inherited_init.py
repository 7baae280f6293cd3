"""A subclass without __init__ uses its base's; a subclass method reads fields the base set."""


class Counter:
    def __init__(self, start, step):
        self.value = start
        self.step = step

    def tick(self):
        self.value += self.step
        return self.value


class BoundedCounter(Counter):
    limit = 10

    def tick(self):
        if self.value + self.step > self.limit:
            self.value = 0
            return self.value
        return super().tick()


class DoubleCounter(Counter):
    def tick(self):
        super().tick()
        return super().tick()


def run(start, step, n):
    counters = [Counter(start, step), BoundedCounter(start, step), DoubleCounter(start, step)]
    history = []
    for _ in range(n):
        history.append([c.tick() for c in counters])
    return history


ENTRY = "run"
SAMPLES = [(0, 3, 5), (5, -2, 3)]
CHECKS = [(0, 0, 2), (9, 1, 3)]
