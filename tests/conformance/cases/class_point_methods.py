"""A plain class with __init__, fields and methods returning new objects and plain values."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def manhattan(self):
        return abs(self.x) + abs(self.y)

    def as_tuple(self):
        return (self.x, self.y)


def walk(steps):
    p = Point(0, 0)
    far = 0
    for dx, dy in zip(steps[0::2], steps[1::2]):
        p = p.moved(dx, dy)
        far = max(far, p.manhattan())
    return p.as_tuple(), far


ENTRY = "walk"
SAMPLES = [([1, 2, -3, 4, 0, -10],), ([],)]
CHECKS = [([5],), ([-1, -1, -1, -1],)]
