"""Lists that mix types, holding statically typed tuples, lists and dicts: each becomes a
dynamic value with its nested items converted (a list of (float, int) pairs inside a list that
also holds ints and strs)."""


def run(n, label):
    mixed = [[(0.5, n), (1.0, 2)], n, label]
    rows = [(1.5, n), n, label, [(0.25, 2), (0.75, n)], {"k": (n, 2.0)}]
    total = 0.0
    for row in rows:
        if isinstance(row, tuple):
            total += row[0] * row[1]
    return [mixed, rows, total, len(rows[3]), repr(rows[4])]


ENTRY = "run"
SAMPLES = [(3, "a"), (0, "")]
CHECKS = [(1, "xyz"), (5, "é")]
