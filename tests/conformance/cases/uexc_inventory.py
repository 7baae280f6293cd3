"""An inventory raising OutOfStock (with fields and a method) from inside a class's method; the caller reports."""


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    severity = "warning"

    def __init__(self, item, wanted, left):
        super().__init__(f"{item}: wanted {wanted}, only {left} left")
        self.item = item
        self.wanted = wanted
        self.left = left

    def missing(self):
        return self.wanted - self.left


class UnknownItem(InventoryError):
    def __init__(self, item):
        super().__init__(item)
        self.item = item


class Inventory:
    def __init__(self, stock):
        self.stock = stock

    def take(self, item, n):
        if item not in self.stock:
            raise UnknownItem(item)
        if self.stock[item] < n:
            raise OutOfStock(item, n, self.stock[item])
        self.stock[item] -= n
        return self.stock[item]


def process(stock, orders):
    inv = Inventory(stock)
    report = []
    for order in orders:
        item, n = order.split("=")
        try:
            report.append(f"{item} -> {inv.take(item, int(n))}")
        except OutOfStock as e:
            report.append(f"{e.severity}: {e.missing()} short of {e.item}")
        except InventoryError as e:
            report.append(f"error: {e}")
    return report, inv.stock


ENTRY = "process"
SAMPLES = [({"apple": 5, "pear": 1}, ["apple=2", "pear=3", "kiwi=1", "apple=3"])]
CHECKS = [({}, []), ({"a": 0}, ["a=0", "a=1"])]
