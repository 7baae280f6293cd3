"""sorted() of a generator with key= and reverse=, then list slicing of the result."""


def top_words(text, n):
    words = text.split()
    ranked = sorted((w for w in words if len(w) > 2), key=lambda w: (-len(w), w))
    return ranked[:n], sorted((len(w) for w in words), reverse=True)


ENTRY = "top_words"
SAMPLES = [("the quick brown fox jumps over the lazy dog", 3)]
CHECKS = [("", 2), ("a bb ccc", 0), ("xyz abc xyz", 10)]
