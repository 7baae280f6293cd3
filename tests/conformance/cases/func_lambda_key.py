"""Lambdas as key= arguments to sorted/min/max and stored in a local variable."""


def arrange(words):
    by_last = sorted(words, key=lambda w: w[-1])
    by_vowels = sorted(words, key=lambda w: (sum(c in "aeiou" for c in w), w))
    longest = max(words, key=lambda w: len(w))
    score = lambda w: len(w) * 2 + w.count("a")
    scores = [score(w) for w in words]
    return by_last, by_vowels, longest, scores


ENTRY = "arrange"
SAMPLES = [(["banana", "kiwi", "cherry", "fig"],)]
CHECKS = [(["a"],), ([],), (["ab", "ba", "aa"],)]
