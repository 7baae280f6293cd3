"""An inner loop's variable reused after the loops for a str."""


def grid(rows, cols):
    cells = []
    for i in range(rows):
        for j in range(cols):
            cells.append(i * cols + j)
    j = ",".join(str(c) for c in cells)
    return j


ENTRY = "grid"
SAMPLES = [(2, 3)]
CHECKS = [(0, 5), (3, 0), (1, 1)]
