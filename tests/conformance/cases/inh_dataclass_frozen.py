"""@dataclass(frozen=True): fields are set by __init__; assigning one raises FrozenInstanceError."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def walk(steps, cheat):
    p = Point(0, 0)
    for s in steps:
        if s == "r":
            p = p.moved(1, 0)
        elif s == "u":
            p = p.moved(0, 1)
    if cheat:
        p.x = 100
    return p.x, p.y, str(p), p == Point(p.x, p.y)


ENTRY = "walk"
SAMPLES = [("rru", False), ("", False)]
CHECKS = [("u", True)]
