"""An LRU cache with OrderedDict: move_to_end, popitem(last=False), order-sensitive == between
OrderedDicts (not against a dict), repr, and popitem's KeyError on an empty dict."""
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)


def lru(ops, capacity):
    # ops: [key, value] puts, [key, -1] gets
    cache = LRUCache(capacity)
    out = []
    for key, value in ops:
        if value >= 0:
            cache.put(key, value)
        else:
            out.append(cache.get(key))
    return out, repr(cache.data), list(cache.data.items())


def odict_checks(pairs):
    a = OrderedDict([(k, v) for k, v in pairs])
    b = OrderedDict([(k, v) for k, v in reversed_pairs(pairs)])
    out = [repr(a), str(a == b), str(dict(a) == dict(b)), str(a == dict(b)), str(a == a.copy())]
    if a:
        first = next_key(a)
        a.move_to_end(first, last=True)
        a.move_to_end(first, False)
        out.append(repr(a))
    try:
        while True:
            out.append(str(a.popitem()))
    except KeyError as e:
        out.append("KeyError: " + str(e))
    try:
        a.move_to_end(99)
    except KeyError as e:
        out.append("KeyError: " + str(e))
    return out


def reversed_pairs(pairs):
    return [p for p in pairs][::-1]


def next_key(d):
    for k in d:
        return k
    return -1


def lru_cache(ops, capacity, pairs):
    return [lru(ops, capacity), odict_checks(pairs)]


ENTRY = "lru_cache"
SAMPLES = [([[1, 1], [2, 2], [1, -1], [3, 3], [2, -1], [4, 4], [1, -1], [3, -1], [4, -1]], 2,
             [[1, 10], [2, 20], [3, 30]])]
CHECKS = [([], 1, []), ([[5, -1], [5, 1], [5, 2], [5, -1]], 1, [[7, 1]]),
          ([[1, 1], [2, 2], [3, 3], [1, -1]], 3, [[1, 1], [1, 2]])]
