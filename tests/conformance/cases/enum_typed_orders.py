"""A type-annotated order pipeline with an Enum status: Optional, Dict[Status, List[int]], cast,
Final, and a seeded random.Random deciding which orders ship."""
import random
from enum import Enum
from typing import Dict, Final, List, Optional, Tuple, cast


class Status(Enum):
    NEW = 1
    PAID = 2
    SHIPPED = 3
    CANCELLED = 4

    def advance(self) -> "Status":
        if self is Status.NEW:
            return Status.PAID
        if self is Status.PAID:
            return Status.SHIPPED
        return self


FEE: Final[float] = 2.5


def process(amounts: List[float], seed: int, limit: float) -> Tuple[Dict[str, List[int]], float]:
    rng = random.Random(seed)
    cancel_over: Optional[float] = limit if limit > 0 else None
    statuses: List[Status] = [Status.NEW for _ in amounts]
    for i, amount in enumerate(amounts):
        if cancel_over is not None and amount > cancel_over:
            statuses[i] = Status.CANCELLED
            continue
        for _ in range(rng.randint(0, 2)):
            statuses[i] = statuses[i].advance()
    groups: Dict[Status, List[int]] = {}
    for i, status in enumerate(statuses):
        groups.setdefault(status, []).append(i)
    revenue = sum((amounts[i] + FEE for i, s in enumerate(statuses) if s in (Status.PAID, Status.SHIPPED)), 0.0)
    return {cast(Status, s).name: ids for s, ids in groups.items()}, round(revenue, 2)


ENTRY = "process"
SAMPLES = [([10.0, 99.5, 5.25, 300.0], 7, 200.0), ([1.0], 1, 0.0)]
CHECKS = [([], 3, -1.0), ([50.0, 60.0, 70.0, 80.0, 90.0], 11, 65.0)]
