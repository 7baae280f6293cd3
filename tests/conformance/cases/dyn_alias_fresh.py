"""Fresh displays and copies inside a record of mixed values, then changed through the record: a
display, list() of a list and sorted() have no other name, so the dynamic value holds the only
list; changes through the record show in what the function returns."""


def build(words, n):
    record = {"list": [1, 2], "label": "x", "inner": {"k": [n]}, "words": list(words),
              "sorted": sorted(words)}
    record["list"].append(n)
    record["inner"]["k"].append(3)
    record["words"].append("added")
    record["sorted"].reverse()
    record["label"] = record["label"] * 2
    return record, words


def run(words, n):
    record, words_after = build(words, n)
    record["list"][0] = len(words_after)
    return record, words_after


ENTRY = "run"
SAMPLES = [(["b", "a"], 4), ([], 0)]
CHECKS = [(["z"], -1), (["q", "p", "r"], 10)]
