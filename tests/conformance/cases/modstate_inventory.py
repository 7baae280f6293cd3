"""An inventory of stock levels at module level: add, remove (with errors), and report."""

STOCK = {"apple": 3, "pear": 0}
ORDERS = []


def add(item, n):
    STOCK[item] = STOCK.get(item, 0) + n


def take(item, n):
    have = STOCK.get(item, 0)
    if have < n:
        raise ValueError(f"only {have} {item} left")
    STOCK[item] = have - n
    ORDERS.append(item)


def run(item, n):
    add("pear", 1)
    take(item, n)
    return [sorted(STOCK.items()), len(ORDERS)]


ENTRY = "run"
SAMPLES = [("apple", 1), ("pear", 1)]
CHECKS = [("apple", 5), ("kiwi", 0), ("pear", 1), ("apple", 2)]
