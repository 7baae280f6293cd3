"""Where a local holds an item of a list that the function also changes, the item must outlive
the change as in CPython: the slot reassigned, the list grown (its storage moved), the list's
variable rebound, an alias of the list changed, the list changed by a called function, and an
item appended into another list of the same type; a loop over a list that grows while it runs
and a loop whose variable outlives its list's variable; a generator made by the caller and
resumed in the function (next, a for loop, sum), whose body changes the list."""


def reassigned(rows):
    row = rows[0]
    rows[0] = [9.0]
    return row, rows


def grown(rows, n):
    row = rows[0]
    for i in range(n):
        rows.append([float(i)])
    return row[0] + len(rows)


def rebound(rows):
    row = rows[0]
    rows = [[7.0]]
    return row, rows


def aliased(rows):
    alias = rows
    row = rows[0]
    alias[0] = [5.0]
    alias.clear()
    return row, rows


def clear_all(rows):
    rows.clear()


def through_call(rows):
    row = rows[0]
    clear_all(rows)
    return row, rows


def collected(rows):
    out = [[0.0]]
    for i in range(len(rows)):
        row = rows[i]
        out.append(row)
        out[0] = row
    return out


def growing(rows, n):
    seen = 0
    for row in rows:
        seen += len(row)
        if len(rows) < n:
            rows.append([1.0] * len(rows))
    return seen, row


def outlived(rows):
    for row in rows:
        row.append(1.0)
    rows = []
    return row, rows


def changer(rows, n):
    rows[0] = [9.0]
    yield 1
    rows.clear()
    for i in range(n):
        rows.append([float(i)])
    yield 2


def resumed(it, rows):
    row = rows[0]
    next(it)
    first = list(row)
    next(it, 0)
    return first, row


def resumed_in_loop(it, rows):
    total = 0.0
    for row in rows:
        total += row[0] + next(it, 0)
    return total


def summed(its, rows):
    row = rows[0]
    return sum(its[0]), row


def run(rows, n):
    first = [list(r) for r in rows]
    return (reassigned([list(r) for r in first]), grown([list(r) for r in first], n),
            rebound([list(r) for r in first]), aliased([list(r) for r in first]),
            through_call([list(r) for r in first]), collected([list(r) for r in first]),
            growing([list(r) for r in first], n), outlived([list(r) for r in first]),
            resumed_and_kept(first, n))


def resumed_and_kept(first, n):
    a = [list(r) for r in first]
    b = [list(r) for r in first]
    c = [list(r) for r in first]
    return (resumed(changer(a, n), a), resumed_in_loop(changer(b, n), b), summed([changer(c, n)], c))


ENTRY = "run"
SAMPLES = [([[1.0, 2.0], [3.0]], 3)]
CHECKS = [([[1.0]], 0), ([[1.0]], 40), ([[4.0, 5.0], [6.0], [7.0]], 100)]
