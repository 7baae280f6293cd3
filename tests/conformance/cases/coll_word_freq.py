"""Word frequency with collections.Counter: most_common with CPython's tie order, missing keys
count 0 without being inserted, update/subtract, elements(), total(), and the repr."""
from collections import Counter


def top_words(text, n):
    counts = Counter(text.lower().split())
    return counts.most_common(n)


def letter_stats(text):
    letters = Counter(ch for ch in text if ch.isalpha())
    out = [repr(letters), str(letters["?"]), str("?" in letters), str(len(letters)), str(letters.total())]
    letters.update("zz")
    letters.subtract("aq")
    out.append(repr(letters))
    out.append("".join(sorted(letters.elements())))
    out.append(str(letters.most_common()))
    del letters["z"]
    del letters["not there"]
    out.append(str(sorted(letters.items())))
    return out


def word_freq(text, n):
    return [str(top_words(text, n)), letter_stats(text)]


ENTRY = "word_freq"
SAMPLES = [("the cat and the dog and the bird", 2)]
CHECKS = [("", 3), ("b a b a c", 2), ("one two three", 0), ("x y z x", -1), ("Abba abba ABBA", 10)]
