"""A Matrix indexed by (row, col) tuples through __getitem__/__setitem__, with len(), ==, a
matrix product through __matmul__-free __mul__ (a number or a Matrix), and IndexError/ValueError
raised inside the methods."""


class Matrix:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = [0] * (rows * cols)

    def _index(self, pos):
        r, c = pos
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"index ({r}, {c}) out of range for {self.rows}x{self.cols}")
        return r * self.cols + c

    def __getitem__(self, pos):
        return self.data[self._index(pos)]

    def __setitem__(self, pos, value):
        self.data[self._index(pos)] = value

    def __len__(self):
        return self.rows

    def __mul__(self, other):
        if isinstance(other, int):
            out = Matrix(self.rows, self.cols)
            out.data = [x * other for x in self.data]
            return out
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.cols != other.rows:
            raise ValueError(f"shapes {self.rows}x{self.cols} and {other.rows}x{other.cols} do not align")
        out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                s = 0
                for k in range(self.cols):
                    s += self[i, k] * other[k, j]
                out[i, j] = s
        return out

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows and self.cols == other.cols and self.data == other.data

    def __repr__(self):
        lines = []
        for i in range(self.rows):
            lines.append(" ".join(str(self[i, j]) for j in range(self.cols)))
        return "[" + "; ".join(lines) + "]"


def identity(n):
    m = Matrix(n, n)
    for i in range(n):
        m[i, i] = 1
    return m


def matrices(values, n):
    a = Matrix(n, n)
    for i in range(n):
        for j in range(n):
            a[i, j] = values[(i * n + j) % len(values)]
    sq = a * a
    errors = []
    try:
        a[n, 0]
    except IndexError as e:
        errors.append(str(e))
    try:
        a * Matrix(n + 1, 1)
    except ValueError as e:
        errors.append(str(e))
    try:
        a[0, 0] = a * 2.5
    except TypeError as e:
        errors.append(str(e))
    return repr(sq), repr(a * 3), len(a), a * identity(n) == a, a == sq, a == "a", errors


ENTRY = "matrices"
SAMPLES = [([1, 2, 3, 4], 2), ([2, -1, 0], 3)]
CHECKS = [([5], 1)]
