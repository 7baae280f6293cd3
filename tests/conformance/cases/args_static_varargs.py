"""A static method with *args and a keyword-only option, called through the class and an instance."""


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @staticmethod
    def centroid(*points, weights=None):
        if not points:
            return (0.0, 0.0)
        sx = 0.0
        sy = 0.0
        for p in points:
            sx += p.x
            sy += p.y
        return (sx / len(points), sy / len(points))


def run(ax, ay, bx, by):
    a = Vec(ax, ay)
    b = Vec(bx, by)
    return [Vec.centroid(a), Vec.centroid(a, b), Vec.centroid(), Vec.centroid(a, b, b, weights=None)]


ENTRY = "run"
SAMPLES = [(0.0, 0.0, 2.0, 4.0), (1.5, -1.5, 1.5, -1.5)]
CHECKS = [(1e300, -1e300, 3e300, 0.5)]
