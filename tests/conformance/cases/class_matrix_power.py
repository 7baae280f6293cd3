"""A matrix class: static constructor, property, comprehension-built rows, ValueError for bad shapes, fast power."""

class Matrix:
    def __init__(self, rows: list[list[float]]):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @staticmethod
    def identity(n: int) -> "Matrix":
        return Matrix([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def mul(self, other: "Matrix") -> "Matrix":
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch: {self.shape} @ {other.shape}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)]
                       for i in range(n)])

    def show(self):
        return "M" + repr(self.rows)


def power(rows: list[list[float]], k: int) -> list[list[float]]:
    m = Matrix(rows)
    result = Matrix.identity(m.shape[0])
    while k > 0:
        if k & 1:
            result = result.mul(m)
        m = m.mul(m)
        k >>= 1
    return result.rows


ENTRY = "power"
SAMPLES = [([[1.0, 1.0], [1.0, 0.0]], 10)]
CHECKS = [([[2.0]], 3), ([[1.0, 2.0], [3.0]], 1), ([[0.5, 0.25], [0.125, 1e300]], 2), ([[1.0]], 0), ([], 1)]
