"""Slice assignment may change the list's length; xs[:0] = ... inserts, xs[a:b] = [] deletes."""


def splice(xs, a, b, repl):
    ys = list(xs)
    ys[a:b] = repl
    zs = list(xs)
    zs[:0] = repl
    ws = list(xs)
    ws[a:b] = []
    vs = list(xs)
    vs[len(vs):] = repl
    return ys, zs, ws, vs


ENTRY = "splice"
SAMPLES = [([1, 2, 3, 4, 5], 1, 3, [9, 9, 9]), ([1, 2, 3], 0, 3, [])]
CHECKS = [([], 0, 0, [7]), ([1, 2, 3], 2, 1, [8, 8]), ([1, 2, 3], -2, 100, [0]),
          ([1, 2, 3], 5, 6, [4])]
