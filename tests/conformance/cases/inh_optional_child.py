"""A field that is None or an instance of one of several subclasses (`Base | None`), walked as a chain."""


class Link:
    def __init__(self, label):
        self.label = label
        self.next = None

    def cost(self):
        return 1


class Road(Link):
    def __init__(self, label, km):
        super().__init__(label)
        self.km = km

    def cost(self):
        return self.km


class Ferry(Link):
    def cost(self):
        return 50


def route(spec):
    head = None
    tail = None
    for part in spec.split():
        if part.startswith("ferry"):
            node = Ferry(part)
        elif part[0].isdigit():
            node = Road("road", int(part))
        else:
            node = Link(part)
        if tail is None:
            head = node
        else:
            tail.next = node
        tail = node
    total = 0
    labels = []
    cur = head
    while cur is not None:
        total += cur.cost()
        labels.append(cur.label)
        cur = cur.next
    return total, labels


ENTRY = "route"
SAMPLES = [("a 12 ferry1 b 3",), ("",)]
CHECKS = [("x",), ("ferry 7",)]
