"""A shape factory: a module-level dict of classes sharing a base, SHAPES[kind](size) typed as the base; methods dispatch on the run-time class, type(s).__name__, isinstance across the hierarchy, an unknown kind's KeyError, .get() with a fallback class, and the base's abstract method raising NotImplementedError."""


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    def area(self):
        raise NotImplementedError("area of " + type(self).__name__)

    def describe(self):
        return f"{type(self).__name__}({self.size}) sides={self.sides}"


class Circle(Shape):
    def area(self):
        return round(3.14159 * self.size * self.size, 3)


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3

    def __init__(self, size, height=2):
        super().__init__(size)
        self.height = height

    def area(self):
        return self.size * self.height / 2


class Blob(Shape):
    pass


SHAPES = {"circle": Circle, "square": Square, "triangle": Triangle, "blob": Blob}


def build(kind, size):
    return SHAPES[kind](size)


def report(orders):
    out = []
    total = 0
    for order in orders:
        kind, _, size = order.partition(":")
        try:
            shape = build(kind, int(size))
            area = shape.area()
            total += area
            out.append([shape.describe(), area, isinstance(shape, Square), isinstance(shape, Shape)])
        except KeyError as e:
            out.append("unknown shape " + str(e))
        except NotImplementedError as e:
            out.append("no area: " + str(e))
    fallback = SHAPES.get("hexagon", Square)(3)
    out.append([fallback.describe(), total, len(SHAPES), sorted(SHAPES)])
    return out


ENTRY = "report"
SAMPLES = [(["circle:1", "square:3", "triangle:4", "blob:2", "cube:1"],), (["square:0"],)]
CHECKS = [([],), (["triangle:5", "circle:10", "x:1", "blob:0"],)]
