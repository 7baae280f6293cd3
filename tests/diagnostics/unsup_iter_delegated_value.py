"""Out of scope: iter() kept as a value for a class whose __iter__ returns iter(self.items) (compiled as a generator, which reads the field at the first next())."""


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def first(xs):
    it = iter(Bag(xs))
    return next(it)


ENTRY = "first"
SAMPLES = [([1, 2],)]
EXPECT = "iter() of Bag, whose __iter__ returns iter(...)"
EXPECT_LINE = 13
