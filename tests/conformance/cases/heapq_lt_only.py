"""Heaps of instances of a class that defines only __lt__ (heapq asks only `<`), and of a class
with no ordering: CPython's TypeError once two of them are compared, none before."""
import heapq


class Node:
    def __init__(self, key, label):
        self.key = key
        self.label = label

    def __lt__(self, other):
        return self.key < other.key


class Plain:
    def __init__(self, v):
        self.v = v


def drain(keys):
    heap = []
    for i, k in enumerate(keys):
        heapq.heappush(heap, Node(k, f"n{i}"))
    out = []
    while heap:
        out.append(heapq.heappop(heap).label)
    plain = []
    msg = "ok"
    try:
        for k in keys:
            heapq.heappush(plain, Plain(k))
    except TypeError as e:
        msg = str(e)
    return out, msg, len(plain)


ENTRY = "drain"
SAMPLES = [([3, 1, 2, 1],), ([],)]
CHECKS = [([7],), ([5, 4, 3, 2, 1, 0],)]
