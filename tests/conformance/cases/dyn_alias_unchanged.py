"""Statically typed lists and dicts that become dynamic values where no one changes them afterwards:
a list argument stored into a record of mixed values, a list passed to a function whose parameter
is dynamic, a list returned on one path and a str on another, comparisons and `in` between static
and dynamic values. (fxn copies a static list into a dynamic value; these copies are never changed,
so they cannot be told apart from the original.)"""


def describe(v):
    if isinstance(v, list):
        return "list of " + str(len(v))
    if isinstance(v, str):
        return "str " + v
    return "other " + repr(v)


def first_or_label(words, n):
    if n > 0 and words:
        return words[:n]
    return "none"


def run(name, tags, counts, n):
    record = {"name": name, "size": len(tags)}
    record["tags"] = tags
    record["counts"] = counts
    shown = [describe(tags), describe(name), describe(n)]
    picked = first_or_label(tags, n)
    same = picked == tags
    has = name in record
    mixed = [tags, n, name]
    return record, shown, picked, same, has, mixed, repr(record), tags


ENTRY = "run"
SAMPLES = [("box", ["a", "b"], {"a": 1}, 1), ("crate", [], {}, 0)]
CHECKS = [("", ["x", "y", "z"], {"q": 5, "r": 6}, 5), ("n", ["only"], {"z": 0}, -1)]
