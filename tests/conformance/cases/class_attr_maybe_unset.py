"""Instance attributes that construction does not always assign: assigned on one branch of
__init__, by a method that may not be called, after a super().__init__() on one path, or from
outside the class. Reading one that is missing raises CPython's AttributeError naming the
run-time class (before, fxn read a zero value, or crashed on a list or object field)."""


class Node:
    def __init__(self, v):
        self.v = v
        if v > 0:
            self.w = v * 2
            self.child = Node(v - 1)
            self.kids = [v]

    def setw(self):
        self.w = self.v * 3


class Base:
    def __init__(self):
        self.a = 1


class Child(Base):
    def __init__(self, call):
        if call:
            super().__init__()
        self.b = 2


def attempt(read, x):
    try:
        return str(read(x))
    except AttributeError as e:
        return "AttributeError: " + str(e)


def run(x):
    out = [attempt(lambda v: Node(v).w + 1, x),
           attempt(lambda v: Node(v).child.v, x),
           attempt(lambda v: len(Node(v).kids), x),
           attempt(lambda v: Child(v > 1).a + Child(v > 1).b, x)]
    n = Node(x)
    if x % 2 == 0:
        n.setw()
    out.append(attempt(lambda v: n.w, x))
    n.label = "set"
    out.append(n.label)
    return out


ENTRY = "run"
SAMPLES = [(3,)]
CHECKS = [(0,), (1,), (2,), (-4,), (-3,)]
