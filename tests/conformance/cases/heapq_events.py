"""An event queue of @dataclass(order=True) items on a heap: the fields compare as tuples
(time, then kind); pops in time order; heappushpop keeps the smallest."""
import heapq
from dataclasses import dataclass


@dataclass(order=True)
class Event:
    time: float
    kind: str


def simulate(times, kinds, horizon):
    queue = [Event(t, k) for t, k in zip(times, kinds)]
    heapq.heapify(queue)
    handled = []
    clock = 0.0
    while queue:
        ev = heapq.heappop(queue)
        if ev.time > horizon:
            break
        clock = ev.time
        handled.append(f"{ev.time:.1f} {ev.kind}")
        if ev.kind == "arrive":
            heapq.heappush(queue, Event(ev.time + 1.5, "depart"))
    first = heapq.heappushpop(queue, Event(0.0, "probe")).kind if queue else "none"
    return handled, clock, len(queue), first


ENTRY = "simulate"
SAMPLES = [([0.5, 2.0, 0.5, 3.0], ["arrive", "arrive", "tick", "tick"], 10.0)]
CHECKS = [([], [], 1.0), ([1.0, 1.0], ["b", "a"], 0.5), ([2.0, 1.0, 3.0], ["arrive", "arrive", "arrive"], 2.6)]
