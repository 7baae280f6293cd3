"""Helpers mutate a list they are passed (append, += on an element); the caller sees it."""


def push_sq(lst, v):
    lst.append(v * v)


def bump(lst, i):
    lst[i] += 1


def build(n):
    out = [0]
    for i in range(n):
        push_sq(out, i)
    bump(out, 0)
    bump(out, -1)
    bump(out, n // 2)
    return out


ENTRY = "build"
SAMPLES = [(4,), (1,)]
CHECKS = [(0,), (10,), (-5,)]
