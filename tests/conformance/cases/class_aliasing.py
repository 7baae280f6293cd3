"""Two names for one object see each other's mutations; a new object does not."""


class Box:
    def __init__(self, items):
        self.items = items
        self.label = "box"


def alias(xs):
    a = Box(xs)
    b = a
    c = Box(list(xs))
    b.items.append(99)
    b.label = "renamed"
    c.items.append(-1)
    boxes = [a, a, c]
    boxes[1].label = "via list"
    return a.items, a.label, c.items, c.label, xs


ENTRY = "alias"
SAMPLES = [([1, 2],), ([],)]
CHECKS = []
