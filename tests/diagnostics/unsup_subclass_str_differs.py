"""Out of scope: str() of a base-class value whose subclass defines its own __str__ (bound by the
static class in fxn, by the run-time class in CPython)."""


class Shape:
    def __str__(self):
        return "shape"


class Circle(Shape):
    def __str__(self):
        return "circle"


def name(k):
    s = Shape() if k == 0 else Circle()
    return str(s)


ENTRY = "name"
SAMPLES = [(1,)]
EXPECT = "operator method __str__ of a Shape that may be a Circle at run time"
EXPECT_LINE = 17
