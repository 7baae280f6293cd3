"""A local that holds items of a list (`row = rows[i]`, `for row in rows`) while nothing in the
function can change that list: the compiled code keeps the item's address. Read-only loops over a
matrix with negative and out-of-range indices, items mutated in place (a row's floats, a dict
item, an instance's field), the item read after the loop and returned."""


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def matvec(rows, xs):
    out = []
    for i in range(len(rows)):
        row = rows[i]
        acc = 0.0
        for j in range(len(xs)):
            acc += row[j] * xs[j]
        out.append(acc)
    return out


def scale_rows(rows, k):
    last = rows[-1]
    for i in range(len(rows)):
        row = rows[i]
        for j in range(len(row)):
            row[j] *= k
    return last


def count_keys(tables, key):
    seen = 0
    for i in range(-len(tables), 0):
        table = tables[i]
        if key in table:
            seen += table[key]
        table[key] = i
    return seen


def drift(ps, steps):
    for _ in range(steps):
        for i in range(len(ps)):
            p = ps[i]
            p.x += p.v
    return [p.x for p in ps]


def widest(rows):
    best = []
    for row in rows:
        if len(row) > len(best):
            best = list(row)
    last = []
    for row in rows:
        row.append(0.0)
        last = row
    return best, last


def run(rows, xs, k, index):
    tables = [{"a": 1}, {"b": 2}, {"a": 3}]
    ps = [Particle(float(i), 0.5 * i) for i in range(3)]
    picked = rows[index]
    return (matvec(rows, xs), scale_rows(rows, k), count_keys(tables, "a"), tables, drift(ps, 2), picked,
            widest(rows), rows)


ENTRY = "run"
SAMPLES = [([[1.0, 2.0], [3.0, 4.0]], [1.0, 1.0], 2.0, 0), ([[0.5]], [2.0], -1.0, -1)]
CHECKS = [([[1.0, 2.0], [3.0, 4.0]], [1.0, 1.0, 1.0], 2.0, 0),
          ([[1.0], [2.0, 3.0]], [1.0], 0.5, 1),
          ([[1.0, 2.0]], [1.0, 2.0], 3.0, 1),
          ([[1.0, 2.0]], [1.0, 2.0], 3.0, -2),
          ([], [], 1.0, 0)]
