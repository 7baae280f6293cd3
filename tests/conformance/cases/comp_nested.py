"""Nested comprehensions: flatten (left-to-right for clauses), transpose, and pairs with i < j."""


def nested(rows):
    flat = [x for row in rows for x in row]
    width = min((len(r) for r in rows), default=0)
    transposed = [[row[c] for row in rows] for c in range(width)]
    n = len(flat)
    pairs = [(flat[i], flat[j]) for i in range(n) for j in range(i + 1, n) if flat[i] < flat[j]]
    return flat, transposed, pairs


ENTRY = "nested"
SAMPLES = [([[1, 2, 3], [4, 5, 6]],), ([[3], [1, 2]],)]
CHECKS = [([],), ([[]],), ([[2, 2], [2, 2]],)]
