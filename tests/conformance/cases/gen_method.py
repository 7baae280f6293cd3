"""A method that is a generator, walking the object's own list; consumed by several callers."""


class Inventory:
    def __init__(self, names, counts):
        self.names = names
        self.counts = counts

    def low_stock(self, threshold):
        for name, count in zip(self.names, self.counts):
            if count < threshold:
                yield name

    def restock(self, amount):
        for i in range(len(self.counts)):
            self.counts[i] += amount
            yield self.names[i]


def audit(names, counts, threshold):
    inv = Inventory(names, counts)
    low = list(inv.low_stock(threshold))
    g = inv.restock(5)
    first = next(g, "")
    after_one = list(inv.low_stock(threshold))
    return low, first, after_one, counts


ENTRY = "audit"
SAMPLES = [(["bolt", "nut", "gear"], [2, 10, 4], 5), ([], [], 1)]
CHECKS = [(["a"], [0], 1), (["x", "y"], [1, 1], 3)]
