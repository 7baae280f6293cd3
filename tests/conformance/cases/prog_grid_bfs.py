"""Breadth-first search over a grid with a dataclass Point, a Grid class, a set of visited tuples and None-narrowing through `or`."""

from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int

    def manhattan(self) -> int:
        return abs(self.x) + abs(self.y)


class Grid:
    def __init__(self, rows: list[str]):
        self.rows = rows
        self.h = len(rows)
        self.w = len(rows[0]) if rows else 0

    def neighbors(self, p: Point) -> list[Point]:
        out = []
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            q = Point(p.x + dx, p.y + dy)
            if 0 <= q.x < self.w and 0 <= q.y < self.h and self.rows[q.y][q.x] != "#":
                out.append(q)
        return out


def bfs(rows: list[str]) -> int | None:
    grid = Grid(rows)
    start = end = None
    for y, row in enumerate(rows):
        for x, c in enumerate(row):
            if c == "S":
                start = Point(x, y)
            elif c == "E":
                end = Point(x, y)
    if start is None or end is None:
        return None
    seen = {(start.x, start.y)}
    frontier = [start]
    steps = 0
    while frontier:
        nxt = []
        for p in frontier:
            if p == end:
                return steps
            for q in grid.neighbors(p):
                if (q.x, q.y) not in seen:
                    seen.add((q.x, q.y))
                    nxt.append(q)
        frontier = nxt
        steps += 1
    return -1


ENTRY = "bfs"
SAMPLES = [(["S..#", ".#..", "...E"],)]
CHECKS = [([],), (["S#E"],), (["S.", ".E"],), (["..."],), (["S", "E"],), (["E..S"],)]
