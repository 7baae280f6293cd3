"""Protocol methods whose result has the required type on some paths only: __hash__ returning a
float for large values, __repr__ returning an int for negative ones. CPython raises its TypeError
on those paths alone."""


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v * 2.0 if self.v > 100 else self.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return "Key(%d)" % self.v if self.v >= 0 else self.v


def probe(n):
    out = []
    try:
        out.append(len({Key(n), Key(1), Key(n)}))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(repr(Key(n)))
    except TypeError as e:
        out.append(str(e))
    return out


ENTRY = "probe"
SAMPLES = [(3,), (500,), (-4,)]
CHECKS = [(1,), (101,), (100,), (-1,), (0,)]
