"""Reflected comparisons: a class with only __lt__ answers `a > b` through b.__lt__(a), and an int
on the left (`5 < s`) reaches the instance's reflected method; with no method either way, an
ordering comparison raises CPython's TypeError."""


class Score:
    def __init__(self, points):
        self.points = points

    def __lt__(self, other):
        if isinstance(other, Score):
            return self.points < other.points
        if isinstance(other, int):
            return self.points < other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, int):
            return self.points > other
        return NotImplemented


class Plain:
    pass


def compare(a, b):
    x, y = Score(a), Score(b)
    out = [x < y, x > y, y > x, x < 10, 10 < x, 10 > x, x > 3]
    errors = []
    for attempt in range(3):
        try:
            if attempt == 0:
                x <= y
            elif attempt == 1:
                Plain() < Plain()
            else:
                x < "ten"
        except TypeError as e:
            errors.append(str(e))
    return out, errors


ENTRY = "compare"
SAMPLES = [(3, 7), (10, 10)]
CHECKS = [(-1, 11)]
