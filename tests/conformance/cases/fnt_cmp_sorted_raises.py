"""sorted(..., key=cmp_to_key(cmp)) whose comparator raises after a budget of calls: the
exception leaves sorted() uncaught, with CPython's message, on a short list and on a long one
(mid-merge)."""
from functools import cmp_to_key


def ranked(n, budget):
    scores = []
    state = 11
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        scores.append((state >> 8) % 500)
    calls = [0]

    def by_score_desc(a, b):
        calls[0] += 1
        if calls[0] > budget:
            raise RuntimeError("comparison budget of %d exceeded" % budget)
        return b - a

    return sorted(scores, key=cmp_to_key(by_score_desc))[:10], calls[0]


ENTRY = "ranked"
SAMPLES = [(30, 1000)]
CHECKS = [(30, 10), (0, 0), (1, 0), (2, 0), (200, 900), (200, 5000), (1500, 9000), (1500, 20000)]
