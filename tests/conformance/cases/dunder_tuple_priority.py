"""Heap-style (priority, item) tuples holding instances: tuples compare item by item, reaching the
instances' __eq__ and __lt__ on ties; sorted(), min() and max() over such tuples."""


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __lt__(self, other):
        return self.cost < other.cost

    def __eq__(self, other):
        return self.name == other.name

    def __repr__(self):
        return f"Job({self.name!r}, {self.cost})"


def queue(prios, names, costs):
    entries = [(p, Job(n, c)) for p, n, c in zip(prios, names, costs)]
    ordered = sorted(entries)
    a, b = entries[0], entries[-1]
    return repr(ordered), repr(min(entries)), repr(max(entries)), [a < b, a == b, a <= b, a > b], \
        (1, Job("x", 5)) < (1, Job("y", 7)), (1, Job("x", 5)) == (1, Job("x", 9))


ENTRY = "queue"
SAMPLES = [([2, 1, 2, 1], ["w", "x", "y", "z"], [5, 3, 1, 3]), ([0], ["solo"], [1])]
CHECKS = [([3, 3, 3], ["a", "b", "a"], [9, 8, 7])]
