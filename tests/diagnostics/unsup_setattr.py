"""Out of scope: setattr() with an attribute name held in a variable."""


class Record:
    def __init__(self):
        self.a = 0
        self.b = 0


def set_field(name):
    r = Record()
    setattr(r, name, 1)
    return r.a + r.b


ENTRY = "set_field"
SAMPLES = [("a",)]
EXPECT = "setattr()"
EXPECT_LINE = 12
