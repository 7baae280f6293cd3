"""Generator objects kept in a list and drained one item at a time, round-robin."""


def repeat(ch, n):
    for _ in range(n):
        yield ch


def weave(chars, counts):
    gens = [repeat(ch, n) for ch, n in zip(chars, counts)]
    out = []
    active = len(gens)
    while active > 0:
        active = 0
        for g in gens:
            c = next(g, "")
            if c:
                out.append(c)
                active += 1
    return "".join(out)


ENTRY = "weave"
SAMPLES = [("abc", [3, 1, 2]), ("", [])]
CHECKS = [("x", [0]), ("pq", [2, 2])]
