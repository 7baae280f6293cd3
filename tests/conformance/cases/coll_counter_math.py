"""Counter arithmetic (+, -, |, &: non-positive counts dropped, CPython's key order), == that
treats missing keys as zero, construction from a dict and keywords, copy, and reprs."""
from collections import Counter


def inventory(have, want):
    stock = Counter(have)
    order = Counter(want)
    missing = order - stock
    left = stock - order
    both = stock & order
    either = stock | order
    total = stock + order
    return [repr(missing), repr(left), repr(both), repr(either), repr(total),
            str(missing == Counter()), str(Counter(a=1, b=0) == Counter(a=1)),
            str(stock == order), str(dict(total))]


def from_mapping(counts):
    c = Counter(counts)
    d = c.copy()
    d["extra"] += 2
    d["new"] -= 1
    kw = Counter(red=2, blue=1)
    kw.update({"red": 1, "green": 5})
    kw.subtract({"blue": 3})
    return [repr(c), repr(d), str(c == d), repr(kw), repr(kw - Counter()),
            str(sorted(kw)), str(list(kw.values()))]


def counter_math(have, want, counts):
    return [inventory(have, want), from_mapping(counts)]


ENTRY = "counter_math"
SAMPLES = [(["apple", "pear", "apple", "fig"], ["apple", "fig", "fig", "kiwi"], {"x": 3, "y": 0, "z": -2})]
CHECKS = [([], [], {}), (["a"], ["a"], {"a": 1}), (["b", "a"], ["c", "c", "a", "b", "b"], {"q": 5, "p": 5})]
