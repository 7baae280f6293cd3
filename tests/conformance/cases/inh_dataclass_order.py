"""@dataclass(order=True): <, <=, >, >= compare the fields in order; sorted(), min() and max() use them."""

from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int = 0


def parse(text):
    parts = [int(p) for p in text.split(".")]
    while len(parts) < 3:
        parts.append(0)
    return Version(parts[0], parts[1], parts[2])


def compare(texts):
    vs = [parse(t) for t in texts]
    pairs = []
    for a, b in zip(vs, vs[1:]):
        pairs.append([a < b, a <= b, a > b, a >= b, a == b])
    ordered = [str(v) for v in sorted(vs)]
    vs.sort(reverse=True)
    newest = vs[0] if vs else Version(0, 0)
    return pairs, ordered, str(newest), str(min(vs)) if vs else "", str(max(vs)) if vs else ""


ENTRY = "compare"
SAMPLES = [(["1.2", "1.10.1", "1.2.0", "0.9.9"],)]
CHECKS = [([],), (["2.0"],)]
