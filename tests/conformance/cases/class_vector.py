"""A small 2-D Vector class with add/scale/dot/length methods and float results."""

import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def length(self):
        return math.sqrt(self.dot(self))


def combine(ax, ay, bx, by):
    a = Vector(ax, ay)
    b = Vector(bx, by)
    c = a.add(b).scale(0.5)
    return [c.x, c.y], a.dot(b), a.length(), c.length()


ENTRY = "combine"
SAMPLES = [(3.0, 4.0, 1.0, -2.0), (0.0, 0.0, 0.0, 0.0)]
CHECKS = [(1e200, 1e200, 1.0, 1.0), (-0.5, 0.25, 2.0, 8.0)]
