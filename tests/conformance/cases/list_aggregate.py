"""min/max/sum over lists of ints, floats, strs and tuples; sum with a start value."""


def agg(nums, words):
    pairs = [(len(w), w) for w in words]
    return (min(nums), max(nums), sum(nums), sum(nums, 100), sum([0.1] * len(nums)),
            min(words), max(words), min(pairs), max(pairs), max(words, key=len))


ENTRY = "agg"
SAMPLES = [([3, 1, 4], ["kiwi", "fig", "apple", "date"])]
CHECKS = [([], ["a"]), ([1], []), ([-5, 5, 0], ["b", "a", "bb", "aa"])]
