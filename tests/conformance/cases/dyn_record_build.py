"""Records built in code with values of several types: a variable rebound to an int then a str,
a dict of mixed values updated in place, == between dynamic and static values, dynamic dict keys,
and sorted() of mixed items raising CPython's TypeError."""


def build(name, size, tags):
    record = {"name": name, "size": size}
    record["tags"] = tags
    record["big"] = size > 10
    label = size
    if size > 100:
        label = "huge"
    counts = {}
    for t in tags:
        counts[t] = counts.get(t, 0) + 1
    keyed = {}
    for v in [size, name, size, None]:
        keyed[v] = keyed.get(v, 0) + 1
    return record, label, label == "huge", label == size, counts, keyed, repr(record)


def order(items):
    try:
        return sorted(items)
    except TypeError as e:
        return "TypeError: " + str(e)


def run(name, size, tags, items):
    return build(name, size, tags), order(items)


ENTRY = "run"
SAMPLES = [("box", 3, ["a", "b", "a"], [3, 1, 2]), ("crate", 120, [], [1, "a"])]
CHECKS = [("", 0, ["x"], []), ("q", -5, ["y", "y"], [2.5, 1, True])]
