"""Dataclasses in a single-inheritance hierarchy: fields in CPython's order (the base's first, a redeclared field keeps its place with the new default), repr() and == by the run-time class (instances of different classes are never equal), default_factory, methods overridden and dispatched through a list of the base class, frozen subclasses raising FrozenInstanceError."""

from dataclasses import FrozenInstanceError, dataclass, field


@dataclass
class Item:
    name: str
    price: float = 0.0

    def total(self, qty):
        return self.price * qty

    def label(self):
        return f"{self.name}: {self.total(1):.2f}"


@dataclass
class Food(Item):
    calories: int = 0

    def total(self, qty):
        return round(self.price * qty * 0.9, 2)


@dataclass
class Drink(Item):
    price: float = 1.5
    volume: int = 330
    tags: list = field(default_factory=list)


@dataclass
class Juice(Drink):
    fruit: str = "apple"


@dataclass(frozen=True)
class Point:
    x: int
    y: int


@dataclass(frozen=True)
class Point3(Point):
    z: int = 0


def shop(n):
    water = Drink("water")
    items = [Item("pen", 2.0), Food("apple", 0.5, n), water, Juice("oj", 3.0, n * 10, ["cold"], "orange")]
    out = [repr(i) for i in items]
    out.append(str(items[1]))
    out.append(f"{items[3]}")
    out.extend(i.label() for i in items)
    water.tags.append("still")
    out.append(repr(items[2]))
    out.append(repr(Drink("tea", volume=n)))
    out.append(repr(items))
    return out


def equality(n):
    return [
        Item("pen", 2.0) == Item("pen", 2.0),
        Food("apple", 0.5, n) == Food("apple", 0.5, n),
        Food("apple", 0.5, n) == Food("apple", 0.5, n + 1),
        Item("pen", 2.0) == Food("pen", 2.0),
        Food("x") == Item("x"),
        Drink("w") == Juice("w"),
        Juice("w", fruit="kiwi") == Juice("w", fruit="kiwi"),
        Food("a") in [Item("a"), Food("a")],
        [Point(1, n)] == [Point(1, n)],
        Point(1, 2) == Point3(1, 2),
    ]


def frozen(n):
    p = Point3(n, 2 * n, 3)
    out = [repr(p), str(p.x + p.y + p.z)]
    try:
        p.z = 5
    except FrozenInstanceError as e:
        out.append("frozen: " + str(e))
    base = [Point(0, 1), p]
    out.append(repr(base))
    return out


def run(n):
    return shop(n), equality(n), frozen(n)


ENTRY = "run"
SAMPLES = [(5,), (0,)]
CHECKS = [(-3,)]
