"""min/max with key= and default= over generators; an empty sequence without default raises."""


def extremes(words):
    longest = max(words, key=len)
    shortest = min(words, key=len)
    last_alpha = max((w.lower() for w in words), default="")
    vowels = max((sum(1 for c in w if c in "aeiou"), w) for w in words)
    return longest, shortest, last_alpha, vowels


ENTRY = "extremes"
SAMPLES = [(["kiwi", "banana", "fig", "apple", "cherry"],)]
CHECKS = [([],), (["a", "b"],), (["aa", "b", "cc"],)]
