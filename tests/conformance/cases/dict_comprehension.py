"""Dict comprehensions with filters, inverted mappings (later keys win) and int keys."""


def build(words):
    lengths = {w: len(w) for w in words}
    long_ones = {w: n for w, n in lengths.items() if n > 3}
    by_len = {n: w for w, n in lengths.items()}
    squares = {i: i * i for i in range(4)}
    return lengths, long_ones, by_len, squares


ENTRY = "build"
SAMPLES = [(["tree", "a", "forest", "bush", "ox"],)]
CHECKS = [([],), (["same", "same"],)]
