"""Points as namedtuples (collections.namedtuple with a str or list of fields and defaults=,
typing.NamedTuple with annotations and defaults): construction by position and keyword, fields,
indexing, unpacking, _replace, _asdict, _fields, == and < as tuples, dict keys, sorted/min/max,
repr."""
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")
Segment = namedtuple("Segment", ["start", "end", "label"], defaults=["?"])


class City(NamedTuple):
    name: str
    x: int
    y: int = 0


def manhattan(p, q):
    return abs(p.x - q.x) + abs(p.y - q.y)


def closest(points, origin):
    return min(points, key=lambda p: manhattan(p, origin))


def centroid(points):
    if not points:
        raise ValueError("no points")
    sx = sum(p.x for p in points)
    sy = sum(p[1] for p in points)
    return sx / len(points), sy / len(points)


def describe(coords):
    points = [Point(x, y) for x, y in coords]
    out = []
    if points:
        first = points[0]
        x, y = first
        moved = first._replace(x=x + 10)
        out.append(repr(first) + " " + str(moved) + " " + f"{moved}")
        out.append(str(len(first)) + " " + str(first == (x, y)) + " " + str(first < moved) + " " + str(list(first)))
        out.append(str(first._asdict()) + " " + str(first._fields))
        out.append(repr(closest(points, Point(0, 0))))
        out.append(repr(max(points)) + " " + repr(min(points)) + " " + str([tuple(p) for p in sorted(points)]))
        seen = {}
        for p in points:
            seen[p] = seen.get(p, 0) + 1
        out.append(str(sorted((p.x, p.y, n) for p, n in seen.items())))
        out.append(str(Point(x=1, y=2) in points) + " " + str(len(set(points))))
        out.append(repr(points[:2]) + f" {sorted(points)}")
    try:
        out.append(str(centroid(points)))
    except ValueError as e:
        out.append("ValueError: " + str(e))
    return out


def cities(names):
    towns = [City(n, len(n)) for n in names]
    towns.append(City(name="Hub", x=0, y=5))
    seg = Segment(Point(0, 0), Point(3, 4))
    seg2 = Segment(seg.start, seg.end, label="road")
    return [repr(sorted(towns, key=lambda c: (c.x, c.name)))] + \
        [repr(seg.label), repr(seg2), str(seg == seg2), str(manhattan(seg.start, seg.end))]


def points_namedtuple(coords, names):
    return [describe(coords), cities(names)]


ENTRY = "points_namedtuple"
SAMPLES = [([[1, 2], [3, -1], [1, 2], [-2, 0]], ["Oslo", "Rome", "Lima"])]
CHECKS = [([], []), ([[5, 5]], ["A"]), ([[0, 0], [0, 1], [1, 0]], ["Bergen", "Ulm", "Bergen"])]
