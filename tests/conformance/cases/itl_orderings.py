"""permutations with r, combinations_with_replacement: seatings, routes and coin bags; a loop
that breaks stops the generator (nothing more is built)."""

from itertools import combinations_with_replacement, permutations


def seatings(guests):
    return ["".join(p) for p in permutations(guests, 2)], len(list(permutations(range(5), 3)))


def best_route(dist):
    n = len(dist)
    best = None
    for a, b, c in permutations(range(n), 3):
        cost = dist[a][b] + dist[b][c]
        if best is None or cost < best[0]:
            best = (cost, a, b, c)
        if cost == 0:
            break
    return best


def bags(coins, total):
    return [bag for bag in combinations_with_replacement(coins, 3) if sum(bag) == total], \
        list(combinations_with_replacement([], 2)), list(combinations_with_replacement("ab", 0))


def plan(guests, dist, coins, total):
    return seatings(guests), best_route(dist), bags(coins, total), list(permutations([1], 2))


ENTRY = "plan"
SAMPLES = [("abc", [[0, 2, 9], [1, 0, 6], [15, 7, 0]], [1, 2, 5], 8), ("", [], [], 0)]
CHECKS = [("ab", [[0, 1], [1, 0]], [2], 6), ("wxyz", [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [1, 5, 10, 25], 30)]
