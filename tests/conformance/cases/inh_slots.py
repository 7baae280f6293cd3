"""Classes with __slots__ in a hierarchy: the slots constrain attributes, the methods work as usual."""


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z


def run(coords):
    vs = []
    for c in coords:
        if len(c) == 2:
            vs.append(Vec(c[0], c[1]))
        else:
            vs.append(Vec3(c[0], c[1], c[2]))
    return [v.norm2() for v in vs], Vec3.__slots__, len(Vec.__slots__)


ENTRY = "run"
SAMPLES = [([[1, 2], [1, 2, 3]],)]
CHECKS = [([],)]
