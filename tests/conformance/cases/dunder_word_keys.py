"""Case-insensitive Words as dict keys (__eq__ and __hash__ on the lowered text), counted, then
sorted by __lt__ and printed through __repr__."""


class Word:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return isinstance(other, Word) and self.text.lower() == other.text.lower()

    def __hash__(self):
        return len(self.text.lower()) * 31 + ord(self.text.lower()[0])

    def __lt__(self, other):
        return self.text.lower() < other.text.lower()

    def __repr__(self):
        return repr(self.text)


def count_words(text):
    counts = {}
    for w in text.split():
        key = Word(w)
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].text.lower()))
    return str(counts), [(k.text, n) for k, n in ranked], repr(sorted(counts)), Word("THE") in counts


ENTRY = "count_words"
SAMPLES = [("The cat and the hat and THE bat",), ("a",)]
CHECKS = [("Zebra apple zebra Apple mango",)]
