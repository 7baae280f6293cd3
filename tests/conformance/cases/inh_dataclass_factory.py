"""dataclass fields with field(default_factory=list), field(default=...), and __post_init__ computing a field."""

from dataclasses import dataclass, field


def new_tags():
    return {"created": 1}


@dataclass
class Order:
    customer: str
    items: list[str] = field(default_factory=list)
    discount: float = field(default=0.0)
    tags: dict[str, int] = field(default_factory=new_tags)
    total: int = 0

    def __post_init__(self):
        self.customer = self.customer.strip().title()
        self.total = len(self.items)


def run(customers, item_lists):
    orders = []
    for c in customers:
        o = Order(c)
        o.items.append("gift")
        orders.append(o)
    for items in item_lists:
        orders.append(Order("bulk", items, 0.5))
    orders[0].tags["extra"] = 2
    return [str(o) for o in orders], [o.total for o in orders]


ENTRY = "run"
SAMPLES = [(["  ann  ", "bob"], [["a", "b"]])]
CHECKS = [(["x"], [])]
