"""min/max/sorted over strs and over the chars of a str compare by code point."""


def extremes(words):
    letters = sorted("".join(words))
    return min(words), max(words), sorted(words), sorted(words, key=len), letters[:5]


ENTRY = "extremes"
SAMPLES = [(["pear", "Apple", "fig", "banana"],), (["é", "e", "z", "É"],)]
CHECKS = [([],), (["same", "same"],), (["b", "a", "B", "A", "ab", ""],)]
