"""combinations: the closest pair of points, every triangle's doubled area, handshakes."""

from itertools import combinations


def closest(points):
    best = None
    for p, q in combinations(points, 2):
        d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
        if best is None or d < best[0]:
            best = (d, p, q)
    return best


def triangles(points):
    out = []
    for a, b, c in combinations(points, 3):
        out.append(abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])))
    return out


def handshakes(names):
    return [" & ".join(pair) for pair in combinations(names, 2)], list(combinations(names, 0))


def geometry(coords, names):
    points = [(c[0], c[1]) for c in coords]
    return closest(points), triangles(points), handshakes(names), len(list(combinations(range(6), 4)))


ENTRY = "geometry"
SAMPLES = [([[0, 0], [3, 4], [1, 1], [5, 5]], ["ann", "bob", "cy"]), ([], [])]
CHECKS = [([[2, 2]], ["solo"]), ([[0, 0], [0, 1], [1, 0]], ["a", "b", "c", "d"])]
