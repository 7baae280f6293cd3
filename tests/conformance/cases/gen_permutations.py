"""Permutations by a recursive generator with `yield from` (lexicographic for sorted input)."""


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p


def perms_from(items):
    yield from perms(items)


def listing(items):
    return ["".join(str(x) for x in p) for p in perms_from(items)]


ENTRY = "listing"
SAMPLES = [([1, 2, 3],), ([],)]
CHECKS = [([7],), ([1, 2, 3, 4],)]
