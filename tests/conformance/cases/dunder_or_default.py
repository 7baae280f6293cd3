"""Instances in `or`/`and` chains and filters: `a or b` picks by __bool__, `x and y`, filtering a
list of instances by truth, any()/all() over them, and `not`."""


class Slot:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def __len__(self):
        return self.size

    def __repr__(self):
        return f"Slot({self.name}, {self.size})"


def choose(sizes):
    slots = [Slot(f"s{i}", n) for i, n in enumerate(sizes)]
    fallback = Slot("fallback", 1)
    first_usable = slots[0] or fallback
    both = slots[0] and slots[-1]
    nonempty = [s for s in slots if s]
    empty = [s for s in slots if not s]
    return repr(first_usable), repr(both), repr(nonempty), repr(empty), any(s for s in slots), all(s for s in slots)


ENTRY = "choose"
SAMPLES = [([0, 2, 0, 5],), ([3],)]
CHECKS = [([0],), ([1, 1],)]
