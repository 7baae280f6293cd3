"""Arithmetic between instances of a class and its subclass that inherits __add__/__radd__: the
subclass overrides no reflected method, so CPython asks the left operand first whichever the
run-time classes are, and int + instance goes to __radd__."""


class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.n + other.n)
        return V(self.n + other)

    def __radd__(self, other):
        return V(other + self.n)


class W(V):
    pass


def run(n):
    xs = [V(n), W(n + 1), V(-n)]
    total = V(0)
    for x in xs:
        total = total + x
    a = V(1) + W(2)
    b = W(3) + V(n)
    c = n + W(1)
    return [a.n, b.n, c.n, total.n, type(a).__name__, type(b).__name__]


ENTRY = "run"
SAMPLES = [(3,)]
CHECKS = [(0,), (-7,), (2**40,)]
