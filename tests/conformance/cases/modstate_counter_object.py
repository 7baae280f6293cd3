"""A counter object at module level, its fields changed by methods across calls."""


class Counter:
    def __init__(self):
        self.hits = 0
        self.misses = 0

    def record(self, hit):
        if hit:
            self.hits += 1
        else:
            self.misses += 1

    def ratio(self):
        seen = self.hits + self.misses
        return self.hits / seen if seen else 0.0


STATS = Counter()
SEEN = set()


def visit(keys):
    for k in keys:
        STATS.record(k in SEEN)
        SEEN.add(k)
    return [STATS.hits, STATS.misses, round(STATS.ratio(), 6), len(SEEN)]


ENTRY = "visit"
SAMPLES = [([1, 2, 1],), ([2, 3],)]
CHECKS = [([],), ([7, 7, 7, 7],), ([1, 2, 3, 4, 5],)]
