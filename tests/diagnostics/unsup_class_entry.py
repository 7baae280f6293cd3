"""Out of scope: the entry names a class (fxn compiles a function)."""


class Counter:
    def __init__(self, n):
        self.n = n


ENTRY = "Counter"
SAMPLES = [(3,)]
EXPECT = "class 'Counter' as the entry"
EXPECT_LINE = 4
