"""The count of the most frequent word of a text read `repeat` times: lower-casing, splitting on
whitespace, stripping punctuation, counting in a dict (str keys, CPython's hash and order)."""


def top_word_count(text: str, repeat: int) -> int:
    counts: dict[str, int] = {}
    for _ in range(repeat):
        for word in text.lower().split():
            word = word.strip(".,;:!?")
            if word:
                counts[word] = counts.get(word, 0) + 1
    top = 0
    for count in counts.values():
        if count > top:
            top = count
    return top


ARGS = ("The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! " * 50, 2000)
SAMPLE = ("The quick brown fox. The dog sleeps; the fox runs!", 2)
ENTRY = top_word_count
