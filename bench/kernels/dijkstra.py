"""Shortest path across an n x n grid of pseudo-random cell costs by Dijkstra's algorithm with
heapq: (distance, cell) tuples pushed and popped, lazy deletion of stale entries."""
import heapq


def grid_dijkstra(n: int, seed: int) -> int:
    cost = []
    x = seed
    for _ in range(n * n):
        x = (x * 1103515245 + 12345) % 2147483648
        cost.append(1 + x % 9)
    dist = [-1] * (n * n)
    dist[0] = cost[0]
    heap = [(cost[0], 0)]
    while heap:
        d, cell = heapq.heappop(heap)
        if d > dist[cell]:
            continue
        r, c = divmod(cell, n)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < n:
                nxt = nr * n + nc
                nd = d + cost[nxt]
                if dist[nxt] < 0 or nd < dist[nxt]:
                    dist[nxt] = nd
                    heapq.heappush(heap, (nd, nxt))
    return dist[n * n - 1]


ARGS = (700, 7)
SAMPLE = (20, 3)
ENTRY = grid_dijkstra
