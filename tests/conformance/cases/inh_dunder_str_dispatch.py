"""str(), repr() and format() of instances of a hierarchy whose subclasses define their own
__str__, __repr__ or __format__, through a value of the base class (a list of shapes): each
dispatches on the run-time class, in f-strings and inside a container's repr too."""


class Shape:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Shape(%d)" % self.n

    def area(self):
        return 0


class Circle(Shape):
    def __str__(self):
        return "circle %d" % self.n

    def area(self):
        return 3 * self.n * self.n


class Square(Shape):
    def __repr__(self):
        return "Square(%d)" % self.n

    def __format__(self, spec):
        return "sq" + spec

    def area(self):
        return self.n * self.n


class Dot(Circle):
    pass


def f(k):
    shapes = [Shape(k), Circle(k + 1), Square(k + 2), Dot(k + 3)]
    out = []
    for s in shapes:
        out.append(str(s))
        out.append(repr(s))
        out.append(f"{s}|{s!r}")
        out.append(format(s, "") if not isinstance(s, Square) else format(s, "x"))
    return out, str(shapes), repr(shapes[1:])


ENTRY = "f"
SAMPLES = [(2,), (0,)]
CHECKS = [(-7,), (100,)]
