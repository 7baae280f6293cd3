"""@dataclass: generated __init__, __repr__ (seen through str()) and field-wise ==."""

from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int
    price: float


def inventory(names, qtys):
    items = [Item(n, q, q * 1.5) for n, q in zip(names, qtys)]
    reprs = [str(it) for it in items]
    same = Item("x", 1, 1.5) == Item("x", 1, 1.5)
    diff = Item("x", 1, 1.5) == Item("x", 2, 1.5)
    return reprs, same, diff, [it.qty for it in items if it.price > 2]


ENTRY = "inventory"
SAMPLES = [(["apple", "it's"], [1, 4])]
CHECKS = [([], []), (["日本"], [0])]
