"""Dataclasses whose fields hold other dataclass instances (alone, in lists, optional): repr and == recurse."""

from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Segment:
    start: Point
    end: Point

    def length2(self):
        dx = self.end.x - self.start.x
        dy = self.end.y - self.start.y
        return dx * dx + dy * dy


@dataclass
class Polyline:
    name: str
    points: list = field(default_factory=list)

    def add(self, x, y):
        self.points.append(Point(x, y))
        return self


def shapes(coords, name):
    segs = [Segment(Point(a, b), Point(b, a)) for a, b in coords]
    line = Polyline(name)
    for a, b in coords:
        line.add(a, b)
    same = [s == Segment(Point(s.start.x, s.start.y), Point(s.end.x, s.end.y)) for s in segs]
    flipped = [s == Segment(s.end, s.start) for s in segs]
    longest = max(segs, key=Segment.length2) if segs else None
    copy = Polyline(name, [Point(p.x, p.y) for p in line.points])
    return (repr(line), str(segs), same, flipped, repr(longest), copy == line,
            copy == Polyline(name + "!", copy.points), line.points.index(Point(coords[0][0], coords[0][1])))


ENTRY = "shapes"
SAMPLES = [([[1, 2], [3, 3], [-4, 0]], "path")]
CHECKS = [([[5, 5]], "dot"), ([[0, 1], [1, 0]], "it's"), ([], "empty")]
