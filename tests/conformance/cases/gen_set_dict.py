"""set() and dict() built from generators yielding ints and (key, value) pairs."""


def mods(xs, m):
    for x in xs:
        yield x % m


def indexed(words):
    i = 0
    for w in words:
        yield w, i
        i += 1


def build(xs, words):
    s = set(mods(xs, 4))
    d = dict(indexed(words))
    return sorted(s), sorted(d.items()), len(d)


ENTRY = "build"
SAMPLES = [([1, 5, 9, 2, 6], ["a", "b", "a"]), ([], [])]
CHECKS = [([4, 8, 12], ["x"]), ([-1, -2], ["p", "q", "r"])]
