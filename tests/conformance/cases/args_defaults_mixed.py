"""Defaults of every kind: 0 sentinels, tuples, strings, and keywords given out of order."""


def window(xs, size=3, step=0, fill=(0, 0), label="w"):
    stride = step or size
    out = []
    for i in range(0, len(xs), stride):
        chunk = xs[i:i + size]
        out.append((label, len(chunk), sum(chunk) if chunk else fill[0]))
    return out


def run(xs):
    return [window(xs), window(xs, 2), window(xs, step=1, size=4), window(xs, label="v", size=5)]


ENTRY = "run"
SAMPLES = [([1, 2, 3, 4, 5],), ([],)]
CHECKS = [([7],), ([1, -1, 1, -1, 1, -1, 1],)]
