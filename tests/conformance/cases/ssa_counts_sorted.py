"""A dict of counts rebound to its sorted items, then to the top entries' text."""


def top_words(text, k):
    counts = {}
    for w in text.lower().split():
        counts[w] = counts.get(w, 0) + 1
    counts = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    counts = [f"{w}={n}" for w, n in counts[:k]]
    return " ".join(counts)


ENTRY = "top_words"
SAMPLES = [("the cat and the hat and the bat", 2)]
CHECKS = [("", 3), ("a", 0), ("b a b a", 5)]
