"""Pascal's triangle as a list of lists built row by row from the previous row."""


def pascal(n):
    rows = []
    for i in range(n):
        row = [1] * (i + 1)
        for j in range(1, i):
            prev = rows[i - 1]
            row[j] = prev[j - 1] + prev[j]
        rows.append(row)
    return rows


ENTRY = "pascal"
SAMPLES = [(5,), (1,)]
CHECKS = [(0,), (2,), (12,), (-2,)]
