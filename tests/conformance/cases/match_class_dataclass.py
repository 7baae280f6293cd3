"""match with class patterns on dataclass instances, with keyword sub-patterns and guards."""

from dataclasses import dataclass


@dataclass
class Shape:
    kind: str
    size: int


def area(kinds, sizes):
    out = []
    for k, s in zip(kinds, sizes):
        match Shape(k, s):
            case Shape(kind="square", size=n):
                out.append(n * n)
            case Shape(kind="rect", size=n) if n > 10:
                out.append(-1)
            case Shape(kind="rect", size=n):
                out.append(n * 2)
            case _:
                out.append(0)
    return out


ENTRY = "area"
SAMPLES = [(["square", "rect", "rect", "circle"], [3, 4, 20, 5])]
CHECKS = [([], [])]
