"""setdefault inserts the default only when missing and returns the stored value; group into lists."""


def group(words):
    by_first = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w)
    counts = {}
    first = counts.setdefault("n", 0)
    counts["n"] = first + len(words)
    again = counts.setdefault("n", 100)
    return by_first, again


ENTRY = "group"
SAMPLES = [(["apple", "avocado", "banana", "blueberry", "cherry"],)]
CHECKS = [([],), (["x"],), (["é1", "e2", "é3"],)]
