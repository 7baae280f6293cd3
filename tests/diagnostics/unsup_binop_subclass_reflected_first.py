"""Out of scope: `b + s` where s may be an instance of a subclass that overrides the reflected
method. CPython then asks s.__radd__ before b.__add__ (S.radd here); which one goes first
depends on the run-time classes, which fxn does not track per value."""


class B:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return "B.add"


class S(B):
    def __radd__(self, other):
        return "S.radd"


def run(n):
    return [B(n) + S(n), S(n) + B(n)]


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "whether CPython asks the right operand's __radd__ first depends on their run-time classes"
EXPECT_LINE = 20
