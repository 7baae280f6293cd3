"""Dijkstra's shortest paths with heapq on a graph dict: (distance, node) tuples, lazy deletion."""
import heapq


def dijkstra(graph, source):
    dist = {source: 0}
    done = set()
    heap = [(0, source)]
    order = []
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        order.append(node)
        for nxt, w in graph.get(node, {}).items():
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return [(n, dist[n]) for n in order]


def shortest(graph, source, target):
    paths = dijkstra(graph, source)
    for n, d in paths:
        if n == target:
            return d
    return -1


def route(graph, source, target):
    return dijkstra(graph, source), shortest(graph, source, target)


ENTRY = "route"
SAMPLES = [
    ({"a": {"b": 4, "c": 1}, "c": {"b": 2, "d": 7}, "b": {"d": 1}, "d": {}}, "a", "d"),
    ({"s": {"t": 3, "u": 3}, "t": {"v": 1}, "u": {"v": 1}, "v": {"s": 1}}, "s", "v"),
]
CHECKS = [
    ({}, "x", "y"),
    ({"a": {"a": 0}}, "a", "a"),
    ({"p": {"q": 5, "r": 5}, "q": {"z": 1}, "r": {"z": 1}}, "p", "z"),
]
