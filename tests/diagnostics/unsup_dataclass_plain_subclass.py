"""Out of scope: a plain class deriving from a dataclass (its inherited repr would mix fields and plain attributes)."""

from dataclasses import dataclass


@dataclass
class Base:
    x: int


class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y


def make(a, b):
    return str(Derived(a, b))


ENTRY = "make"
SAMPLES = [(1, 2)]
EXPECT = "class hierarchy mixing dataclasses and plain classes"
EXPECT_LINE = 11
