"""@property computed from fields: read like an attribute, recomputed after the fields change."""


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def is_square(self):
        return self.w == self.h


def grow(w, h, steps):
    r = Rect(w, h)
    areas = [r.area]
    for _ in range(steps):
        r.w += 1
        areas.append(r.area)
    return areas, r.is_square


ENTRY = "grow"
SAMPLES = [(2, 3, 2), (5, 5, 0)]
CHECKS = [(0, 0, 3), (-1, 4, 1)]
