"""Rows of a matrix read from text: each row rebound from its fields to their floats."""


def row_sums(text):
    sums = []
    for row in text.strip().split("\n"):
        row = row.split()
        row = [float(v) for v in row]
        row = sum(row)
        sums.append(row)
    return sums


ENTRY = "row_sums"
SAMPLES = [("1 2 3\n4.5 5\n-1",)]
CHECKS = [("x",), ("1e3 1e-3",), ("inf -inf",)]
