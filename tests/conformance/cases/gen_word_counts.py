"""Words streamed from text by a generator, normalised and counted into a dict."""


def words(text):
    for raw in text.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            yield w


def counts(text):
    c = {}
    for w in words(text):
        c[w] = c.get(w, 0) + 1
    return sorted(c.items())


ENTRY = "counts"
SAMPLES = [("The cat saw the dog. The dog ran!",), ("",)]
CHECKS = [("... !!",), ("a A a, b",)]
