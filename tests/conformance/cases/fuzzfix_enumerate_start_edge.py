"""enumerate() with a start near the int64 edge: the last index handed out fits, so no overflow."""


def gen_items(xs):
    for x in xs:
        yield x


def indexed(xs, start):
    pairs = [(i, x) for i, x in enumerate(xs, start)]
    last = None
    for i, x in enumerate(gen_items(xs), start=start):
        last = i
    total = sum(i - start for i, _ in enumerate(xs, start))
    return pairs, last, total, list(enumerate(xs, start))


ENTRY = "indexed"
SAMPLES = [([5, 6, 7], 1), ([9], -3)]
CHECKS = [([0], 2**63 - 1), ([4, 5], 2**63 - 2), ([], 2**63 - 1), ([1], -2**63), ([1, 2], 0)]
