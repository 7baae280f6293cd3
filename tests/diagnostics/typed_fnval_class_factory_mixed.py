"""Outside fxn's static types (until classes share a base): a dict of two unrelated classes used as a factory."""


class Circle:
    def __init__(self, size):
        self.size = size


class Square:
    def __init__(self, size):
        self.size = size


def make(kind, size):
    shape = {"circle": Circle, "square": Square}[kind](size)
    return shape.size


ENTRY = "make"
SAMPLES = [("circle", 2)]
EXPECT = "fxn gives each call one result type"
EXPECT_LINE = 15
