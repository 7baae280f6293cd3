"""Out of scope: a class definition, and an instance of it."""


def boxed(n):
    class Box:
        pass
    b = Box()
    b.value = n
    return b.value


ENTRY = "boxed"
SAMPLES = [(5,)]
EXPECT = "class"
EXPECT_LINE = 5
