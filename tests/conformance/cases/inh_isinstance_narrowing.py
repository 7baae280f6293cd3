"""After isinstance(x, Subclass) the variable is that subclass: its own fields and methods are usable."""


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def is_square(self):
        return self.w == self.h


def describe(shape):
    if isinstance(shape, Circle):
        return f"circle r={shape.r}"
    if not isinstance(shape, Rect):
        return "unknown " + shape.name
    return f"rect {shape.w}x{shape.h} square={shape.is_square()}"


def run(specs):
    shapes = []
    for s in specs:
        parts = [int(p) for p in s.split("x")]
        if len(parts) == 1:
            shapes.append(Circle(parts[0]))
        elif len(parts) == 2:
            shapes.append(Rect(parts[0], parts[1]))
        else:
            shapes.append(Shape("blob"))
    widths = [s.w for s in shapes if isinstance(s, Rect)]
    return [describe(s) for s in shapes], widths


ENTRY = "run"
SAMPLES = [(["3", "2x2", "4x5", "1x1x1"],)]
CHECKS = [([],)]
