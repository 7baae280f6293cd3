"""A dataclass InitVar pseudo-field: CPython passes it to __init__ and __post_init__ without
storing it; fxn rejects it at its annotation (it said A() took 1 argument)."""
from dataclasses import InitVar, dataclass


@dataclass
class Scaled:
    x: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.x = self.x * scale


def make(n):
    return Scaled(n, 3).x


ENTRY = "make"
SAMPLES = [(3,)]
EXPECT = "InitVar field 'scale'"
EXPECT_LINE = 9
