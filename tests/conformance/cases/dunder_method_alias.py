"""Reflected operators defined as aliases in the class body (`__radd__ = __add__`,
`__rmul__ = __mul__`), as many numeric classes write them, and `__hash__ = None` making a class
with an inherited-looking __eq__ explicitly unhashable."""


class Meters:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.value + other.value)
        if isinstance(other, (int, float)):
            return Meters(self.value + other)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Meters(self.value * k)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Meters) and self.value == other.value

    __hash__ = None

    def __repr__(self):
        return f"{self.value}m"


def lengths(a, b):
    x, y = Meters(a), Meters(b)
    err = ""
    try:
        {x: 1}
    except TypeError as e:
        err = str(e)
    return [repr(x + y), repr(1.5 + x), repr(x + 2), repr(3 * y), repr(y * 0.5)], x + y == y + x, err


ENTRY = "lengths"
SAMPLES = [(2.0, 3.5), (0.0, -1.0)]
CHECKS = [(1e308, 1e308)]
