"""Module state starts from its value right after import, whatever the samples did in CPython."""

SEEN = ["boot"]
generation = 1


def remember(word):
    global generation
    if word in SEEN:
        generation += 1
        return False
    SEEN.append(word)
    return True


def run(words):
    fresh = [remember(w) for w in words]
    return [fresh, SEEN[:], generation]


ENTRY = "run"
SAMPLES = [(["a", "boot", "b"],), (["a", "c"],), (["c"],)]
CHECKS = [([],), (["boot"],), (["d", "d", "e"],)]
