"""Matrix product of two float lists of lists, returning a new list of lists."""


def matmul(a, b):
    n = len(a)
    k = len(b)
    m = len(b[0])
    out = []
    for i in range(n):
        row = [0.0] * m
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row[j] = s
        out.append(row)
    return out


ENTRY = "matmul"
SAMPLES = [([[1.0, 2.0], [3.0, 4.0]], [[0.5, -1.0], [0.25, 2.0]])]
CHECKS = [([[0.1, 0.2, 0.3]], [[1.0], [1.0], [1.0]]), ([], [[1.0]]),
          ([[1.0, 2.0]], [[1.0, 2.0]]), ([[1.0]], [])]
