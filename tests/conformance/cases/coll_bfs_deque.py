"""Breadth-first search with collections.deque and an adjacency defaultdict(list)."""
from collections import defaultdict, deque


def build_graph(edges):
    adj = defaultdict(list)
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    return adj


def shortest_paths(adj, start):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in adj[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def bfs(n, edges, start):
    adj = build_graph(edges)
    dist = shortest_paths(adj, start)
    return [dist.get(i, -1) for i in range(n)], len(adj)


ENTRY = "bfs"
SAMPLES = [(5, [[0, 1], [1, 2], [0, 3]], 0)]
CHECKS = [(1, [], 0), (4, [[0, 1], [2, 3]], 2), (6, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0]], 3)]
