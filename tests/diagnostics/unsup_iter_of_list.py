"""Out of scope: __iter__ returning iter() of a list (fxn iterates classes whose __iter__
returns an iterator object with __next__)."""


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def total(xs):
    s = 0
    for x in Bag(xs):
        s += x
    return s


ENTRY = "total"
SAMPLES = [([1, 2],)]
EXPECT = "iter()"
EXPECT_LINE = 10
