"""Closed intervals: `x in iv` through __contains__, & as intersection, | as the hull, < ordering
by start for sorting, len() as the number of integers covered, and truth false for an empty
interval."""


class Interval:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        return self.lo <= x <= self.hi

    def __and__(self, other):
        return Interval(max(self.lo, other.lo), min(self.hi, other.hi))

    def __or__(self, other):
        return Interval(min(self.lo, other.lo), max(self.hi, other.hi))

    def __len__(self):
        return max(0, self.hi - self.lo + 1)

    def __lt__(self, other):
        return (self.lo, self.hi) < (other.lo, other.hi)

    def __eq__(self, other):
        return (self.lo, self.hi) == (other.lo, other.hi)

    def __hash__(self):
        return hash((self.lo, self.hi))

    def __repr__(self):
        return f"[{self.lo}, {self.hi}]" if self else "[]"


def merge(spans, probe):
    ivs = sorted(Interval(a, b) for a, b in spans)
    merged = []
    for iv in ivs:
        if merged and iv.lo <= merged[-1].hi + 1:
            merged[-1] = merged[-1] | iv
        else:
            merged.append(iv)
    overlap = ivs[0] & ivs[-1]
    return repr(ivs), repr(merged), repr(overlap), bool(overlap), len(overlap), [probe in iv for iv in merged], \
        sum(len(iv) for iv in merged), len(set(ivs))


ENTRY = "merge"
SAMPLES = [([[1, 3], [2, 6], [8, 10], [15, 18], [2, 6]], 9), ([[0, 0]], 0)]
CHECKS = [([[5, 9], [1, 2], [3, 4]], 4)]
