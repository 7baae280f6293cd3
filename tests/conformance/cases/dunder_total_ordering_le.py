"""functools.total_ordering with __le__ as the root: <, >, >= derived as functools derives them
(including their use of ==), used by sorted(), min() and max() and chained comparisons."""

import functools


@functools.total_ordering
class Date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    def key(self):
        return (self.year, self.month, self.day)

    def __le__(self, other):
        if not isinstance(other, Date):
            return NotImplemented
        return self.key() <= other.key()

    def __eq__(self, other):
        if not isinstance(other, Date):
            return NotImplemented
        return self.key() == other.key()

    def __repr__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def dates(triples):
    ds = [Date(y, m, d) for y, m, d in triples]
    a, b = ds[0], ds[-1]
    first, last = min(ds), max(ds)
    return repr(sorted(ds)), [a < b, a > b, a >= b, a <= b, a == b, first <= a <= last, a < b < a], \
        repr(first), repr(last)


ENTRY = "dates"
SAMPLES = [([[2024, 3, 1], [2023, 12, 31], [2024, 1, 15]],), ([[2000, 1, 1]],)]
CHECKS = [([[1999, 5, 5], [1999, 5, 5]],)]
