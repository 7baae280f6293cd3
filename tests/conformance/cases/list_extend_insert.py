"""extend with a list and a str; insert clamps out-of-range positions, negatives count from the end."""


def grow(xs, word, pos):
    out = list(xs)
    out.extend([1, 2])
    chars = []
    chars.extend(word)
    out.insert(pos, 100)
    out.insert(-1, 200)
    out.insert(1000, 300)
    out.insert(-1000, 400)
    out += [5]
    return out, chars


ENTRY = "grow"
SAMPLES = [([7, 8, 9], "ab", 1), ([], "", 0)]
CHECKS = [([1], "héllo", -1), ([1, 2, 3], "日本", -2**63), ([1, 2, 3], "x", 2**63 - 1)]
