"""Out of scope: del of a variable a nested function reads (it lives in a cell)."""


def run(n):
    x = n

    def show():
        return x

    first = [show][0]()
    del x
    return first


ENTRY = "run"
SAMPLES = [(1,)]
EXPECT = "del of 'x'"
EXPECT_LINE = 11
