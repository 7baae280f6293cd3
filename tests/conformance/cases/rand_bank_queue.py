"""A bank queue simulation: exponential arrival and service times from one seeded generator
stored in the simulation object's field."""
from __future__ import annotations

import random
from typing import List, Optional


class Teller:
    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.busy_until = 0.0
        self.served = 0


class Bank:
    def __init__(self, seed: int, tellers: int, arrival_rate: float, service_rate: float) -> None:
        self.rng = random.Random(seed)
        self.arrival_rate = arrival_rate
        self.tellers = [Teller(service_rate) for _ in range(tellers)]

    def next_free(self) -> Teller:  # a forward reference, fine with postponed annotations
        best: Optional[Teller] = None
        for t in self.tellers:
            if best is None or t.busy_until < best.busy_until:
                best = t
        if best is None:
            raise ValueError("no tellers")
        return best

    def run(self, customers: int) -> List[float]:
        clock = 0.0
        waits = []
        for _ in range(customers):
            clock += self.rng.expovariate(self.arrival_rate)
            teller = self.next_free()
            start = max(clock, teller.busy_until)
            waits.append(round(start - clock, 9))
            teller.busy_until = start + self.rng.expovariate(teller.rate)
            teller.served += 1
        return waits


def simulate(seed: int, tellers: int, customers: int, arrival_rate: float, service_rate: float):
    bank = Bank(seed, tellers, arrival_rate, service_rate)
    waits = bank.run(customers)
    avg = sum(waits) / len(waits) if waits else 0.0
    return round(avg, 6), max(waits, default=0.0), [t.served for t in bank.tellers]


ENTRY = "simulate"
SAMPLES = [(1, 2, 20, 1.0, 0.6), (2, 1, 5, 2.0, 3.0)]
CHECKS = [(3, 3, 0, 1.0, 1.0), (4, 0, 3, 1.0, 1.0), (5, 1, 4, 0.0, 1.0), (6, 2, 50, 0.5, 0.25)]
