"""An inventory with its own exception class next to built-in ones: the user class keeps its fields and args, built-in KeyError/ValueError raised by dict lookups and by the code report their args (the missing key, with its type)."""


class OutOfStock(Exception):
    def __init__(self, item, wanted, left):
        super().__init__(f"{item}: wanted {wanted}, {left} left")
        self.item = item
        self.left = left


class Inventory:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.bins = {}

    def take(self, item, n):
        if n <= 0:
            raise ValueError("bad quantity", n)
        have = self.stock[item]  # KeyError(item)
        if have < n:
            raise OutOfStock(item, n, have)
        self.stock[item] = have - n
        return have - n

    def bin_of(self, number):
        return self.bins[number]  # KeyError(number): an int key


def run(stock, orders):
    inv = Inventory(stock)
    inv.bins[1] = "A"
    log = []
    for order in orders:
        item, count = order.split(":")
        n = int(count)
        try:
            log.append([item, inv.take(item, n)])
        except OutOfStock as e:
            log.append(["short", e.item, e.left, e.args])
        except KeyError as e:
            log.append(["unknown", e.args])
        except ValueError as e:
            log.append(["invalid", e.args[0], e.args[1] * 2])
    for number in (1, len(orders)):
        try:
            log.append(inv.bin_of(number))
        except KeyError as e:
            log.append(["no bin", e.args[0] + 100])
    return log


ENTRY = "run"
SAMPLES = [({"bolt": 5, "nut": 2}, ["bolt:3", "nut:3", "gear:1", "bolt:0", "bolt:2"])]
CHECKS = [({}, []), ({"x": 1}, ["x:1", "x:1", "x:-4"])]
