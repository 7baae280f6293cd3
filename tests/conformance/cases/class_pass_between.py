"""Objects passed to and returned from helper functions, which read and update their fields."""


class Order:
    def __init__(self, item, qty):
        self.item = item
        self.qty = qty
        self.status = "new"


def apply_discount(order, total):
    if order.qty >= 10:
        order.status = "bulk"
        return total * 0.9
    return total


def make_orders(items, qtys):
    return [Order(i, q) for i, q in zip(items, qtys)]


def checkout(items, qtys, unit_price):
    orders = make_orders(items, qtys)
    totals = [apply_discount(o, o.qty * unit_price) for o in orders]
    return [o.status for o in orders], totals


ENTRY = "checkout"
SAMPLES = [(["pen", "ink"], [12, 3], 2.5)]
CHECKS = [([], [], 1.0), (["x"], [10], 0.1)]
