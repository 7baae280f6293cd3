"""Word frequency: normalise punctuation and case, count, then report the top-n with ties by word."""


def top_words(text, n):
    counts = {}
    word = ""
    for ch in text.lower() + " ":
        if ch.isalnum() or ch == "'":
            word += ch
        elif word:
            counts[word] = counts.get(word, 0) + 1
            word = ""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [f"{w}:{c}" for w, c in ranked[:n]], len(counts)


ENTRY = "top_words"
SAMPLES = [("It was the best of times, it was the worst of times.", 3),
           ("Don't stop; don't STOP!", 5)]
CHECKS = [("", 3), ("a", 0), ("Ünïcödé wörds, ünïcödé", 2)]
