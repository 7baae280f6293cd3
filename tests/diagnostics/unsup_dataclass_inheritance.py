"""Out of scope: a dataclass deriving from another dataclass (its repr and == would depend on the run-time class)."""

from dataclasses import dataclass


@dataclass
class Base:
    x: int


@dataclass
class Derived(Base):
    y: int = 0


def make(a, b):
    return str(Derived(a, b))


ENTRY = "make"
SAMPLES = [(1, 2)]
EXPECT = "dataclass in a class hierarchy"
EXPECT_LINE = 12
