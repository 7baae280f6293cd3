"""Out of scope: __getattr__ (attribute lookup that falls back to a method)."""


class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        return 0


def read(n):
    p = Proxy(n)
    return p.target


ENTRY = "read"
SAMPLES = [(1,)]
EXPECT = "operator method Proxy.__getattr__"
EXPECT_LINE = 8
