"""A fully type-annotated module: typing generics, Optional, Callable, Final, ClassVar, cast,
TYPE_CHECKING, Generic[T], a dataclass, a generator; seeded random restocking."""
import random
import typing
from dataclasses import dataclass, field
from typing import (TYPE_CHECKING, Callable, ClassVar, Dict, Final, Generic, Iterator, List, Mapping,
                    Optional, Sequence, Tuple, TypeVar, Union, cast)

if TYPE_CHECKING:
    from collections.abc import Iterable

T = TypeVar("T")
Number = Union[int, float]
MAX_STOCK: Final = 50
REORDER_LEVEL: Final[int] = 5


class History(Generic[T]):
    """A bounded log of events."""

    limit: ClassVar[int] = 4

    def __init__(self) -> None:
        self.events: List[T] = []

    def add(self, event: T) -> None:
        self.events.append(event)
        if len(self.events) > History.limit:
            self.events.pop(0)

    def last(self) -> Optional[T]:
        return self.events[-1] if self.events else None


@dataclass
class Product:
    name: str
    stock: int
    price: float
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None


def low_stock(products: Sequence[Product], level: int = REORDER_LEVEL) -> Iterator[Product]:
    for p in products:
        if p.stock <= level:
            yield p


def value_of(products: Mapping[str, Product], pricing: Callable[[Product], float]) -> float:
    return sum((pricing(p) * p.stock for p in products.values()), 0.0)


def restock(rng: random.Random, product: Product, history: History[Tuple[str, int]]) -> int:
    amount: int = rng.randint(1, MAX_STOCK - product.stock) if product.stock < MAX_STOCK else 0
    product.stock += amount
    history.add((product.name, amount))
    return amount


def simulate(stock: Dict[str, int], days: int, seed: str) -> Tuple[Dict[str, int], float, List[Tuple[str, int]], Optional[Tuple[str, int]]]:
    rng = random.Random(seed)
    products: Dict[str, Product] = {name: Product(name, qty, 1.0 + len(name)) for name, qty in stock.items()}
    history: History[Tuple[str, int]] = History()
    for _ in range(days):
        for p in products.values():
            sold = cast(int, rng.randint(0, 3))
            p.stock = max(0, p.stock - sold)
        for p in list(low_stock(list(products.values()))):
            restock(rng, p, history)
    total = value_of(products, lambda p: typing.cast(float, p.price))
    return {n: p.stock for n, p in products.items()}, round(total, 2), history.events, history.last()


ENTRY = "simulate"
SAMPLES = [({"apple": 10, "kiwi": 3, "fig": 7}, 6, "42"), ({"pear": 0}, 2, "pear-2")]
CHECKS = [({}, 3, "1"), ({"x": 50, "yy": 49}, 10, "é€𝄞"), ({"plum": 4}, 0, "")]
