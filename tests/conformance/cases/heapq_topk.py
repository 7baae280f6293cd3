"""Top-k with nlargest/nsmallest: plain values, key= on (name, score) tuples with ties (first
seen wins, as Lib/heapq.py orders them), n = 0, 1 and past the length."""
import heapq


def leaderboard(names, scores, k):
    rows = list(zip(names, scores))
    best = heapq.nlargest(k, rows, key=lambda r: r[1])
    worst = heapq.nsmallest(k, rows, key=lambda r: r[1])
    return (
        [n for n, _ in best],
        [n for n, _ in worst],
        heapq.nlargest(k, scores),
        heapq.nsmallest(k, scores),
        heapq.nlargest(1, names),
        heapq.nsmallest(k, names, key=len),
        heapq.nlargest(k, [float(s) / 2 for s in scores]),
    )


ENTRY = "leaderboard"
SAMPLES = [(["ann", "bob", "cy", "dee", "ed", "flo"], [5, 9, 5, 2, 9, 7], 3)]
CHECKS = [
    (["ann", "bob", "cy", "dee", "ed", "flo"], [5, 9, 5, 2, 9, 7], 0),
    (["ann", "bob", "cy", "dee", "ed", "flo"], [5, 9, 5, 2, 9, 7], 1),
    (["ann", "bob"], [1, 1], 5),
    ([], [], 2),
    (["a", "bb", "c", "dd", "eee", "f", "gg"], [3, 1, 4, 1, 5, 9, 2], 4),
    (["x", "y", "z"], [1, 2, 3], -1),
]
