"""Out of scope: a dataclass of a class hierarchy that defines its own __repr__ (or __eq__, __str__,
__hash__ ...). @dataclass writes those into every class that does not define them, so which one
applies changes class by class; fxn prints and compares a hierarchy's dataclasses by their fields,
and would print Child(x=3, y=2) where CPython prints Child!."""
from dataclasses import dataclass


@dataclass
class Base:
    x: int


@dataclass
class Child(Base):
    y: int = 0

    def __repr__(self):
        return "Child!"


def show(n):
    items = [Base(n), Child(n, 2)]
    return repr(items) + str(items[1])


ENTRY = "show"
SAMPLES = [(3,)]
EXPECT = "dataclass Child of a class hierarchy defining __repr__"
EXPECT_LINE = 17
