"""groupby: run-length encoding of a string and back, and words grouped by their first letter."""

from itertools import chain, groupby, repeat


def encode(s):
    return [(ch, len(list(run))) for ch, run in groupby(s)]


def decode(pairs):
    return "".join(chain.from_iterable(repeat(ch, n) for ch, n in pairs))


def by_initial(words):
    out = {}
    for letter, group in groupby(sorted(words), key=lambda w: w[0]):
        out[letter] = list(group)
    return out


def roundtrip(s, words):
    pairs = encode(s)
    compact = "".join(ch + str(n) for ch, n in pairs)
    return pairs, compact, decode(pairs) == s, by_initial(words)


ENTRY = "roundtrip"
SAMPLES = [("aaabccddddde", ["pear", "apple", "plum", "avocado", "fig"]), ("", [])]
CHECKS = [("x", ["kiwi"]), ("abab", ["b", "a", "b"]), ("zzzzzzzzzzzz", ["same", "same"])]
