"""Chunking a list into fixed-size pieces with a generator; the last chunk may be short."""


def chunks(items, size):
    if size <= 0:
        raise ValueError("size must be positive")
    for start in range(0, len(items), size):
        yield items[start:start + size]


def batch_sums(items, size):
    return [sum(c) for c in chunks(items, size)]


ENTRY = "batch_sums"
SAMPLES = [([1, 2, 3, 4, 5, 6, 7], 3), ([], 2)]
CHECKS = [([1, 2, 3], 1), ([4, 5], 5), ([1], 0), ([1, 2, 3, 4], 2)]
