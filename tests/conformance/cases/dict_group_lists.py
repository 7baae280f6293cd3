"""Grouping into a dict of lists with `if key not in d: d[key] = []` and sorting each group."""


def group_by_len(words):
    groups = {}
    for w in words:
        key = len(w)
        if key not in groups:
            groups[key] = []
        groups[key].append(w)
    for key in groups:
        groups[key].sort()
    return groups, sorted(groups), [len(v) for v in groups.values()]


ENTRY = "group_by_len"
SAMPLES = [(["bb", "a", "ccc", "aa", "c"],)]
CHECKS = [([],), (["x", "x"],)]
