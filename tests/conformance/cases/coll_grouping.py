"""Grouping with defaultdict: list, int, set, str, float, dict, a lambda, a user function and a
user class as the factory; d[k] on a missing key inserts factory(), .get and `in` do not."""
from collections import defaultdict


class Tally:
    def __init__(self):
        self.n = 0


def zero_pair():
    return [0, 0]


def group_by_length(words):
    groups = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    return repr(groups), sorted(groups.keys())


def stats(words):
    counts = defaultdict(int)
    letters = defaultdict(set)
    joined = defaultdict(str)
    weights = defaultdict(float)
    nested = defaultdict(dict)
    firsts = defaultdict(lambda: "?")
    pairs = defaultdict(zero_pair)
    tallies = defaultdict(Tally)
    for w in words:
        counts[w] += 1
        letters[w[0]].add(len(w))
        joined[w[0]] += w
        weights[w[-1]] += 0.5
        nested[w[0]][w] = len(w)
        pairs[w[0]][0] += 1
        tallies[len(w)].n += 1
    probe = [counts.get("zzz", -1), "zzz" in counts, len(counts), counts["zzz"], "zzz" in counts, len(counts)]
    first = firsts["x"] + firsts["y"]
    return [repr(counts), str(sorted(letters["a"])), repr(joined), repr(weights), repr(nested), str(probe),
            first, str(len(firsts)), str(dict(pairs)), str(sorted((k, t.n) for k, t in tallies.items()))]


def grouping(words):
    return [group_by_length(words), stats(words)]


ENTRY = "grouping"
SAMPLES = [(["apple", "avocado", "banana", "blueberry", "cherry", "apple"],)]
CHECKS = [([],), (["a"],), (["ab", "ba", "ab", "aa"],)]
