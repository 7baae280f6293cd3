"""Out of scope: a class declared with a custom metaclass."""


class Registry(type):
    pass


class Plugin(metaclass=Registry):
    def __init__(self, name):
        self.name = name


def make(name):
    return Plugin(name).name.upper()


ENTRY = "make"
SAMPLES = [("csv",)]
EXPECT = "metaclass"
EXPECT_LINE = 8
