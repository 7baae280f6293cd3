"""Dataclasses whose __post_init__ sets attributes that are not fields (alone and in a hierarchy): repr() and == show the fields only, the attributes are read as usual."""

from dataclasses import dataclass


@dataclass
class Line:
    qty: int
    unit: float

    def __post_init__(self):
        self.total = self.qty * self.unit


@dataclass
class Discounted(Line):
    rate: float = 0.1

    def __post_init__(self):
        super().__post_init__()
        self.saved = round(self.total * self.rate, 2)


def run(n):
    a = Line(n, 2.0)
    b = Discounted(n, 3.0)
    c = Discounted(n, 3.0, 0.5)
    return [repr(a), repr(b), str(c), str(a.total), str(b.saved + c.saved),
            str(a == Line(n, 2.0)), str(b == Discounted(n, 3.0)), str(b == c), repr([a, b])]


ENTRY = "run"
SAMPLES = [(5,), (0,)]
CHECKS = [(-2,)]
