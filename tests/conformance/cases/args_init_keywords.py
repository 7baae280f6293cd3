"""A class whose __init__ takes keyword-only options and *args, built with keywords in any order."""


class Polygon:
    def __init__(self, *points, closed=True, name="poly"):
        self.points = list(points)
        self.closed = closed
        self.name = name

    def perimeter(self):
        total = 0.0
        n = len(self.points)
        last = n if self.closed else n - 1
        for i in range(last):
            x1, y1 = self.points[i]
            x2, y2 = self.points[(i + 1) % n]
            total += ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        return total


def run(w, h):
    square = Polygon((0.0, 0.0), (w, 0.0), (w, h), (0.0, h))
    path = Polygon((0.0, 0.0), (w, h), name="path", closed=False)
    return [square.name, square.perimeter(), path.name, path.perimeter(), len(Polygon(name="empty").points)]


ENTRY = "run"
SAMPLES = [(3.0, 4.0), (1.0, 1.0)]
CHECKS = [(0.0, 0.0), (1e155, 1e155)]
