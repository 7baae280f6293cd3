"""@dataclass(eq=False): == is identity, so equal fields do not make two instances equal."""

from dataclasses import dataclass


@dataclass(eq=False)
class Node:
    name: str
    weight: int


def run(names):
    nodes = [Node(n, len(n)) for n in names]
    twins = [Node(n, len(n)) for n in names]
    same = [a == b for a, b in zip(nodes, twins)]
    self_eq = [a == a for a in nodes]
    found = [Node(n, len(n)) in nodes for n in names]
    return same, self_eq, found, [repr(n) for n in nodes]


ENTRY = "run"
SAMPLES = [(["a", "bb"],)]
CHECKS = [([],)]
