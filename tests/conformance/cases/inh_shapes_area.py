"""A list of Shape holding Circle and Square: area() dispatches on each item's run-time class."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return float(self.side * self.side)


def total_area(radii, sides):
    shapes = []
    for r in radii:
        shapes.append(Circle(r))
    for side in sides:
        shapes.append(Square(side))
    total = 0.0
    for s in shapes:
        total += s.area()
    return round(total, 3), [s.describe() for s in shapes], [s.name for s in shapes]


ENTRY = "total_area"
SAMPLES = [([1.0, 2.0], [3, 4]), ([], [1])]
CHECKS = [([0.5], []), ([], [])]
