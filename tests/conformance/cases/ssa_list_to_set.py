"""A list of seen ids rebound to a set, then to its size; the ids rebound from text to ints."""


def distinct(text):
    ids = text.split(",")
    ids = [int(i) for i in ids if i.strip()]
    seen = []
    for i in ids:
        seen.append(i % 10)
    seen = set(seen)
    seen = len(seen)
    return seen, sum(ids)


ENTRY = "distinct"
SAMPLES = [("1,11,2,,35",)]
CHECKS = [("",), ("x",), ("5",)]
