"""Tuples as dict keys: a sparse grid keyed by (row, col), looked up and summed."""


def grid_sum(cells, queries):
    grid = {}
    for r, c, v in zip(cells[0::3], cells[1::3], cells[2::3]):
        key = (r, c)
        grid[key] = grid.get(key, 0) + v
    found = []
    for q in range(0, len(queries) - 1, 2):
        found.append(grid.get((queries[q], queries[q + 1]), -1))
    keys = sorted(grid)
    return found, keys, len(grid), (0, 0) in grid


ENTRY = "grid_sum"
SAMPLES = [([0, 0, 5, 1, 2, 3, 0, 0, 1], [0, 0, 1, 2, 2, 1])]
CHECKS = [([], [0, 0]), ([3, 3, 3], [3, 3, 3]), ([-1, -1, 10, 1, -1, 20], [1, -1, -1, 1])]
