"""Out of scope: an instance attribute that shadows a class attribute when __init__ does not
assign it first. CPython's `self.count += 1` reads the class's count (5) the first time and
makes the instance's own 6; fxn keeps one field per instance and would read it unset."""


class Base:
    count = 5

    def __init__(self):
        self.count += 1


def run(n):
    b = Base()
    return [b.count + n, Base.count]


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "reading Base.count, both a class attribute and an instance attribute"
EXPECT_LINE = 10
