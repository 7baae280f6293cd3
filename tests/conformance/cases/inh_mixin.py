"""A mixin without fields adds methods to classes of a hierarchy (multiple inheritance with a static layout)."""


class JsonMixin:
    def to_pairs(self):
        return sorted(self.fields().items())

    def describe(self):
        return ";".join(f"{k}={v}" for k, v in self.to_pairs())


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def fields(self):
        return {"name": self.name, "price": str(self.price)}


class Book(JsonMixin, Item):
    def __init__(self, name, price, author):
        super().__init__(name, price)
        self.author = author

    def fields(self):
        out = super().fields()
        out["author"] = self.author
        return out


class Toy(Item, JsonMixin):
    pass


def run(n):
    b = Book("dune", 10 + n, "herbert")
    t = Toy("ball", n)
    return b.describe(), t.describe(), b.to_pairs()


ENTRY = "run"
SAMPLES = [(3,), (0,)]
CHECKS = [(-5,)]
