"""Out of scope: multiple inheritance from two classes that both have fields (no static layout)."""


class Named:
    def __init__(self, name):
        self.name = name


class Aged:
    def __init__(self, age):
        self.age = age


class Person(Named, Aged):
    def __init__(self, name, age):
        Named.__init__(self, name)
        Aged.__init__(self, age)


def make(name, age):
    p = Person(name, age)
    return p.name, p.age


ENTRY = "make"
SAMPLES = [("ann", 3)]
EXPECT = "multiple inheritance from Named and Aged"
EXPECT_LINE = 14
