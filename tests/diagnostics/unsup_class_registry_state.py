"""Out of scope: a module-level dict of classes that a function changes (a registry filled at run time): module state holds data values, not classes."""


class Plugin:
    def __init__(self, n):
        self.n = n


class Loud(Plugin):
    pass


REGISTRY = {"plain": Plugin}


def make(kind, n):
    REGISTRY["loud"] = Loud
    return REGISTRY[kind](n).n


ENTRY = "make"
SAMPLES = [("loud", 2)]
EXPECT = "module state of type type"
EXPECT_LINE = 17
