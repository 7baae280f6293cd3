"""A float sum() stored into a field's list of lists, where a list of floats is also built and
passed in: a dynamic sum would make the field's lists dynamic copies of static ones, which the
module cannot show through both names, so the module is built with sum() a float that raises fxn's
TypeError on an empty list (a documented limit), and compiles as before this change."""


class Table:
    def __init__(self, rows: list[list[float]]):
        self.rows = [list(r) for r in rows]

    def totals(self) -> "Table":
        return Table([[sum(r), sum(x * 2 for x in r)] for r in self.rows])


def run(rows):
    t = Table(rows).totals()
    t.rows.append([0.5])
    return t.rows


ENTRY = "run"
SAMPLES = [([[1.0, 2.0], [0.5]],)]
CHECKS = [([],), ([[-0.0]],), ([[]],)]
LIMITS = [(([[]],), "TypeError: fxn: sum() of an empty list of float is the int 0 in CPython, which a float result cannot hold; pass a float start: sum(xs, 0.0)")]
