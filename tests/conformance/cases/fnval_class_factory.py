"""Classes as values: a dict of classes used as a factory (one class per kind of static type)."""


class Circle:
    def __init__(self, size):
        self.size = size

    def area(self):
        return round(3.14159 * self.size * self.size, 3)


class Square:
    def __init__(self, size):
        self.size = size

    def area(self):
        return round(self.size * self.size * 1.0, 3)


def make_circles(sizes):
    factory = {"circle": Circle}
    return [factory["circle"](s).area() for s in sizes]


def build(kind, size):
    circle_cls = Circle
    square_cls = Square
    if kind == "circle":
        return circle_cls(size).area()
    if kind == "square":
        return square_cls(size).area()
    raise ValueError("unknown shape: " + kind)


def run(kind, sizes):
    return [build(kind, s) for s in sizes], make_circles(sizes)


ENTRY = "run"
SAMPLES = [("circle", [1.0, 2.5]), ("square", [3.0])]
CHECKS = [("triangle", [1.0]), ("square", [])]
