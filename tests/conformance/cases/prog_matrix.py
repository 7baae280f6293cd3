"""Matrices as lists of lists: transpose, multiply, identity check and a shape ValueError."""


def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))] if m else []


def multiply(a, b):
    if not a or len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a[0]) if a else 0} vs {len(b)}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def is_identity(m):
    return all(m[i][j] == (1 if i == j else 0) for i in range(len(m)) for j in range(len(m[i])))


def run(a, b):
    p = multiply(a, b)
    return transpose(a), p, is_identity(p)


ENTRY = "run"
SAMPLES = [([[1, 2], [3, 4]], [[5, 6], [7, 8]]), ([[1, 0], [0, 1]], [[1, 0], [0, 1]])]
CHECKS = [([[1, 2, 3]], [[1], [2], [3]]), ([[1, 2]], [[1, 2]]), ([], [[1]]),
          ([[2, 0], [0, 2]], [[3, 1], [1, 1]])]
