"""Parsing CSV-like lines lazily into (name, score) records and picking the top entries."""


def records(text):
    for line in text.splitlines():
        if not line.strip():
            continue
        name, _, score = line.partition(",")
        yield name.strip(), int(score)


def top(text, k):
    best = sorted(records(text), key=lambda r: (-r[1], r[0]))
    return [f"{n}:{s}" for n, s in best[:k]]


ENTRY = "top"
SAMPLES = [("ann, 90\nbob,75\n\ncid, 90\n", 2), ("", 3)]
CHECKS = [("x,1", 5), ("a,1\nb,oops", 1)]
