"""A generator expression with two for clauses and conditions: the inner iterable is read lazily."""


def grid(rows, cols):
    cells = ((r, c) for r in range(rows) for c in range(cols) if (r + c) % 2 == 0)
    first = next(cells, (-1, -1))
    rest = [r * 10 + c for r, c in cells]
    return first, rest


ENTRY = "grid"
SAMPLES = [(3, 3), (0, 5)]
CHECKS = [(1, 1), (2, 4), (4, 0)]
