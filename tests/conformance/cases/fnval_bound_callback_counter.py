"""A bound method of a counter object registered as a callback and called by a helper."""


class Counter:
    def __init__(self):
        self.counts = {}

    def see(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        return self.counts[word]


def for_each(items, callback):
    return [callback(item) for item in items]


def run(words):
    c = Counter()
    firsts = for_each(words, c.see)
    again = for_each(words[:2], c.see)
    return firsts, again, sorted(c.counts.items())


ENTRY = "run"
SAMPLES = [(["a", "b", "a", "c"],), ([],)]
CHECKS = [(["x", "x", "x"],)]
