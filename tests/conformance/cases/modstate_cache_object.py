"""An LRU-like cache object at module level: a dict and a list of keys kept in fields."""


class Cache:
    def __init__(self, size):
        self.size = size
        self.data = {}
        self.order = []
        self.evictions = 0

    def get(self, key):
        if key in self.data:
            self.order.remove(key)
            self.order.append(key)
            return self.data[key]
        return None

    def put(self, key, value):
        if key not in self.data and len(self.order) >= self.size:
            oldest = self.order.pop(0)
            del self.data[oldest]
            self.evictions += 1
        if key in self.data:
            self.order.remove(key)
        self.data[key] = value
        self.order.append(key)


CACHE = Cache(3)


def square(n):
    hit = CACHE.get(n)
    if hit is not None:
        return hit
    CACHE.put(n, n * n)
    return n * n


def run(ns):
    return [[square(n) for n in ns], CACHE.order[:], CACHE.evictions]


ENTRY = "run"
SAMPLES = [([1, 2, 1, 3],), ([4, 5, 1],)]
CHECKS = [([],), ([6, 6, 7, 8, 9],), ([2],)]
