"""len() of a flat list, a list of lists and one of its rows."""


def sizes(lst, grid):
    n = len(grid)
    m = len(grid[0]) if n > 0 else -1
    last = len(grid[-1]) if len(grid) else -1
    return len(lst), n, m, last


ENTRY = "sizes"
SAMPLES = [([1, 2, 3], [[1, 2], [3, 4], [5]])]
CHECKS = [([], []), ([7], [[]]), ([1, 2], [[], [1, 2, 3]])]
