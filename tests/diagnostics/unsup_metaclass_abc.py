"""Out of scope: abc.ABC as a base (its metaclass ABCMeta), even for a plain abstract interface."""

from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


def total(sides):
    return sum(Square(s).area() for s in sides)


ENTRY = "total"
SAMPLES = [([1, 2],)]
EXPECT = "class deriving from"
EXPECT_LINE = 6
