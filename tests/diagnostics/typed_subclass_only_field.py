"""Outside fxn's static types: reading a field that only one subclass has through a value of the base class."""


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


class Dot(Shape):
    def __init__(self):
        super().__init__("dot")


def radii(n):
    shapes = [Circle(n), Dot()]
    out = []
    for s in shapes:
        out.append(s.r if s.name == "circle" else 0)
    return out


ENTRY = "radii"
SAMPLES = [(2,)]
EXPECT = "field 'r' of only some subclasses of Shape"
EXPECT_LINE = 24
