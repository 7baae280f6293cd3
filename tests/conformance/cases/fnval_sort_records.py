"""Sorting records by key functions kept in a dict of lambdas, chosen by the caller."""


def sort_people(names, ages, field, descending):
    people = list(zip(names, ages))
    by = {
        "age": lambda p: (p[1], p[0]),
        "name": lambda p: (len(p[0]), p[0]),
    }
    if field not in by:
        raise KeyError("no such field: " + field)
    ordered = sorted(people, key=by[field], reverse=descending)
    return [name for name, _ in ordered]


ENTRY = "sort_people"
SAMPLES = [(["ann", "bob", "cy"], [30, 25, 30], "age", False), (["ann", "bob", "cy"], [1, 2, 3], "name", True)]
CHECKS = [([], [], "age", True), (["a"], [1], "height", False)]
