"""Dedup by building a set, then sorted() to get a stable order; membership tests in a loop."""


def dedup(words):
    seen = set()
    first_seen = []
    for w in words:
        if w not in seen:
            seen.add(w)
            first_seen.append(w)
    return sorted(set(words)), first_seen, len(seen), sorted(seen, reverse=True)


ENTRY = "dedup"
SAMPLES = [(["b", "a", "b", "c", "a"],), (["é", "e", "É"],)]
CHECKS = [([],), (["x", "x", "x"],)]
