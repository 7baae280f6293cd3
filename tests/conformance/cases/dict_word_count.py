"""Counting words with d[w] = d.get(w, 0) + 1, then the most common by max(..., key=d.get)."""


def count_words(text):
    counts = {}
    for w in text.lower().split():
        w = w.strip(".,!?")
        if w:
            counts[w] = counts.get(w, 0) + 1
    top = max(counts, key=counts.get) if counts else ""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return counts, top, ranked[:3]


ENTRY = "count_words"
SAMPLES = [("The cat and the hat. The end!",), ("a b a c b a",)]
CHECKS = [("",), ("... !!!",), ("tie tie break break",)]
