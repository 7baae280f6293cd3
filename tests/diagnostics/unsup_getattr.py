"""Out of scope: getattr() with an attribute name held in a variable."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def coord(name):
    p = Point(3, 4)
    return getattr(p, name)


ENTRY = "coord"
SAMPLES = [("x",), ("y",)]
EXPECT = "getattr()"
EXPECT_LINE = 12
