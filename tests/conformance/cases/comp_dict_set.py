"""Dict and set comprehensions over strs: index maps, first-letter sets, filtered inversions."""


def index(words):
    positions = {w: i for i, w in enumerate(words)}
    initials = sorted({w[0] for w in words if w})
    lengths = {len(w) for w in words}
    upper = {w.upper(): len(w) for w in words if len(w) > 1}
    return positions, initials, sorted(lengths), upper


ENTRY = "index"
SAMPLES = [(["ant", "bee", "ant", "cat", "a"],)]
CHECKS = [([],), (["", "é", "ß"],)]
