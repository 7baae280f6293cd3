"""The truth of an instance-or-None whose class defines __bool__: None is false, an instance asks
its __bool__ (if, not, bool(), or, while); ==, str(), repr() and f-strings use its methods too."""


class Box:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n > 0

    def __eq__(self, other):
        return isinstance(other, Box) and abs(self.n) == abs(other.n)

    def __str__(self):
        return "Box<%d>" % self.n

    def __repr__(self):
        return "Box(%d)" % self.n


def pick(n):
    if n == 0:
        return None
    return Box(n)


def f(n):
    x = pick(n)
    y = pick(-n)
    out = [str(v) for v in [bool(x), not x, x == y, x != y]] + [str(x), repr(x), f"{x}", str([x, y])]
    z = x or Box(99)
    out.append(str(z.n))
    k = 0
    while x and k < 3:
        k += 1
    out.append(str(k))
    out.append(str(x == Box(n)))
    return out


ENTRY = "f"
SAMPLES = [(3,)]
CHECKS = [(-4,), (0,), (1,), (-1,)]
