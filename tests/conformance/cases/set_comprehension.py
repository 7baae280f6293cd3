"""Set comprehensions dedupe computed values; `in` against the resulting set."""


def residues(xs, m):
    mods = {x % m for x in xs}
    evens = {x for x in xs if x % 2 == 0}
    return sorted(mods), sorted(evens), 0 in mods, len({x * 0 for x in xs})


ENTRY = "residues"
SAMPLES = [([1, 2, 3, 4, 5, 6, 7], 3), ([-4, -3, 10], 4)]
CHECKS = [([], 5), ([3, 6, 9], 3), ([1], 0)]
