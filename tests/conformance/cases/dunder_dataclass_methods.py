"""A @dataclass with operator methods of its own: its __repr__ and __lt__ replace or add to the
generated ones, == stays the generated field comparison, and (eq without __hash__) instances are
unhashable, as CPython makes them."""

from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __lt__(self, other):
        return (self.x * self.x + self.y * self.y) < (other.x * other.x + other.y * other.y)

    def __repr__(self):
        return f"<{self.x},{self.y}>"


def points(coords):
    ps = [Point(x, y) for x, y in coords]
    total = Point(0, 0)
    for p in ps:
        total = total + p
    err = ""
    try:
        s = {ps[0]}
        err = str(len(s))
    except TypeError as e:
        err = str(e)
    return repr(sorted(ps)), repr(total), ps[0] == Point(coords[0][0], coords[0][1]), ps[0] == total, str(ps), err


ENTRY = "points"
SAMPLES = [([[3, 4], [1, 1], [0, -2]],), ([[0, 0]],)]
CHECKS = [([[5, 5], [-5, -5]],)]
