"""A frozen dataclass (eq=True) hashes as the tuple of its fields: instances work as set items
and dict keys, equal ones collapse, and hash() agrees with CPython's."""
from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    x: int
    y: int


@dataclass(frozen=True)
class Cell:
    at: P
    alive: bool = True


def run(n):
    s = {P(n, 1), P(n, 1), P(1, n), P(-n, 0)}
    d = {P(n, 2): "a", P(2, n): "b"}
    d[P(n, 2)] = "c"
    cells = {Cell(P(n, n)), Cell(P(n, n)), Cell(P(0, n), False)}
    return [len(s), sorted(p.x * 10 + p.y for p in s), d[P(n, 2)], len(d), P(n, 1) in s, P(9, 9) in s,
            hash(P(n, 1)), hash(Cell(P(1, 2))), len(cells), Cell(P(n, n)) in cells]


ENTRY = "run"
SAMPLES = [(3,)]
CHECKS = [(0,), (1,), (-4,), (2**40,)]
