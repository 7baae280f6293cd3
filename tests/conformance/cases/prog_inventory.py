"""An inventory with dataclass items: restock/sell commands, a KeyError for unknown items, a summary."""

from dataclasses import dataclass


@dataclass
class Stock:
    name: str
    qty: int
    price: float


def process(commands):
    items = {}
    for cmd in commands:
        action, name, amount = cmd.split()
        n = int(amount)
        if action == "add":
            if name not in items:
                items[name] = Stock(name, 0, 1.0 + len(name) / 4)
            items[name].qty += n
        elif action == "sell":
            item = items[name]
            if item.qty < n:
                raise ValueError(f"only {item.qty} {name} left")
            item.qty -= n
    value = sum(s.qty * s.price for s in items.values())
    return [str(s) for s in items.values()], round(value, 2)


ENTRY = "process"
SAMPLES = [(["add apple 5", "add fig 2", "sell apple 3", "add apple 1"],)]
CHECKS = [([],), (["sell kiwi 1"],), (["add x 1", "sell x 2"],), (["add x"],)]
