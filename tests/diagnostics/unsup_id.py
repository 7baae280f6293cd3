"""Out of scope: id() of an object (a memory address)."""


def same_object(xs):
    ys = xs
    return id(xs) == id(ys)


ENTRY = "same_object"
SAMPLES = [([1, 2],)]
EXPECT = "id()"
EXPECT_LINE = 6
