"""A 2-D Vector with +, -, * (by a number, on either side), unary -, abs(), == and repr();
adding a str or multiplying two vectors raises CPython's TypeError."""

import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"


def vector_ops(ax, ay, bx, by):
    a = Vector(ax, ay)
    b = Vector(bx, by)
    errors = []
    try:
        a + "b"
    except TypeError as e:
        errors.append(str(e))
    try:
        a * b
    except TypeError as e:
        errors.append(str(e))
    try:
        "s" - a
    except TypeError as e:
        errors.append(str(e))
    return [repr(a + b), repr(a - b), repr(a * 2), repr(3 * b), repr(-a), repr(0.5 * (a + b))], abs(a - b), \
        a == b, a + b == b + a, a != b, a == 1.0, errors


ENTRY = "vector_ops"
SAMPLES = [(1.0, 2.0, 3.0, -4.0), (0.5, 0.5, 0.5, 0.5)]
CHECKS = [(1e300, 1e300, 1e300, 1e300), (-0.0, 0.0, 0.0, -0.0)]
