"""Methods calling other methods on self, and a method mutating a field other methods read."""


class Counter:
    def __init__(self, start):
        self.value = start
        self.history = []

    def add(self, n):
        self.history.append(n)
        self.value += n
        return self.value

    def add_all(self, ns):
        for n in ns:
            self.add(n)
        return self.summary()

    def summary(self):
        return f"{self.value} after {len(self.history)} steps"


def run(start, ns):
    c = Counter(start)
    s = c.add_all(ns)
    return s, c.value, c.history


ENTRY = "run"
SAMPLES = [(10, [1, 2, 3]), (0, [])]
CHECKS = [(-5, [5, -5])]
