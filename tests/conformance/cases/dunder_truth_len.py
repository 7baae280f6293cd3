"""Truth of instances: __bool__ decides `if`, `not`, `and`/`or` and while loops; without it,
__len__ does (0 is false); without either, an instance is true. A negative __len__ and a
__bool__ returning an int raise CPython's errors."""


class Queue:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def pop(self):
        return self.items.pop(0)


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Broken:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Odd:
    def __bool__(self):
        return 1


class Thing:
    pass


def truths(items, on):
    q = Queue(items)
    drained = []
    while q:
        drained.append(q.pop())
    s = Switch(on)
    flags = [bool(q), not q, bool(s), not s, bool(Thing()), bool(Queue(items)), len(Queue(items))]
    label = "on" if s else "off"
    both = "yes" if s and Queue(items) else "no"
    errors = []
    try:
        bool(Broken(-1))
    except ValueError as e:
        errors.append(str(e))
    try:
        len(Broken(-5))
    except ValueError as e:
        errors.append(str(e))
    try:
        if Odd():
            errors.append("odd is true")
    except TypeError as e:
        errors.append(str(e))
    return drained, flags, label, both, errors, len(Broken(3))


ENTRY = "truths"
SAMPLES = [([1, 2, 3], True), ([], False)]
CHECKS = [([0], True)]
