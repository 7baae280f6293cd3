"""Exceptions raised inside __getitem__/__setitem__/__delitem__ reach the caller's handlers,
augmented assignment to an item reads then writes through the methods, and a read-only class
(no __setitem__) raises CPython's TypeError on assignment."""


class Grid:
    def __init__(self, w, h, fill):
        self.w = w
        self.h = h
        self.cells = [fill] * (w * h)
        self.reads = 0
        self.writes = 0

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"({x}, {y}) is off the {self.w}x{self.h} grid")
        self.reads += 1
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, value):
        x, y = pos
        if value < 0:
            raise ValueError("cells hold non-negative values")
        self.writes += 1
        self.cells[y * self.w + x] = value

    def __delitem__(self, pos):
        x, y = pos
        self.cells[y * self.w + x] = 0


class Frozen:
    def __init__(self, values):
        self.values = values

    def __getitem__(self, i):
        return self.values[i]


def grid(w, h, moves):
    g = Grid(w, h, 1)
    log = []
    for x, y, d in moves:
        try:
            g[x, y] += d
            log.append(str(g[x, y]))
        except IndexError as e:
            log.append(str(e))
        except ValueError as e:
            log.append(str(e))
    del g[0, 0]
    f = Frozen([1, 2, 3])
    try:
        f[0] = 5
    except TypeError as e:
        log.append(str(e))
    try:
        del f[0]
    except TypeError as e:
        log.append(str(e))
    return log, g.cells, g.reads, g.writes, f[-1]


ENTRY = "grid"
SAMPLES = [(2, 2, [[0, 0, 5], [1, 1, -3], [2, 0, 1], [1, 0, 2]]), (1, 1, [])]
CHECKS = [(3, 1, [[2, 0, 0], [0, 5, 1]])]
