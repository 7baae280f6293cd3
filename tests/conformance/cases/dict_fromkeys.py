"""dict.fromkeys over a list, a str and a dict, with no value (None), a number, and a list that
every key then shares (an append through one key shows through all, as in CPython)."""


def keys(xs, text):
    plain = dict.fromkeys(xs)
    zeros = dict.fromkeys(xs, 0)
    letters = dict.fromkeys(text, 1.5)
    again = dict.fromkeys(zeros, "x")
    shared = dict.fromkeys(xs, [])
    if xs:
        shared[xs[0]].append(len(text))
    return [list(plain.items()), zeros, letters, again, shared, [v is None for v in plain.values()]]


ENTRY = "keys"
SAMPLES = [([3, 1, 3], "abca")]
CHECKS = [([], ""), ([7], "é"), ([2, -2, 2, 0], "zz")]
