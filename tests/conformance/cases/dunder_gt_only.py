"""A class defining only __gt__: sorted() and min() ask for < and get the reflected __gt__ of the
other operand, max() asks for > directly; <= and >= raise CPython's TypeError."""


class Rank:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n

    def __repr__(self):
        return f"R{self.n}"


def ranks(values):
    rs = [Rank(v) for v in values]
    errors = []
    try:
        rs[0] >= rs[0]
    except TypeError as e:
        errors.append(str(e))
    return repr(sorted(rs)), repr(min(rs)), repr(max(rs)), rs[0] < rs[-1], errors


ENTRY = "ranks"
SAMPLES = [([4, 1, 3],), ([2],)]
CHECKS = [([5, 5, 1, 9],)]
