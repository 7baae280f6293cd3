"""Sent values that are not ints: a str (a line splitter fed text) and a list (a batcher fed
lists); the yield's value is `str | None` and `list[int] | None`."""


def splitter():
    words = []
    while True:
        line = yield words
        if line is None:
            words = []
        else:
            words = line.split()


def batcher():
    batches = []
    while True:
        batch = yield len(batches)
        if batch is not None:
            batches.append(sum(batch))
        else:
            yield sum(batches)


def run(lines, groups):
    s = splitter()
    next(s)
    out = [s.send(line) for line in lines]
    out.append(next(s))
    b = batcher()
    counts = [next(b)]
    for grp in groups:
        counts.append(b.send(grp))
    counts.append(next(b))
    return out, counts


ENTRY = "run"
SAMPLES = [(["a b", " c  d e "], [[1, 2], [3]]), ([], [])]
CHECKS = [([""], [[]]), (["x"], [[5, 5], [], [-1]])]
