"""Round-robin over two generators with next(g, sentinel) until both are exhausted."""


def upto(n):
    for i in range(n):
        yield i


def round_robin(a, b):
    ga = upto(a)
    gb = upto(b)
    out = []
    while True:
        x = next(ga, -1)
        y = next(gb, -1)
        if x == -1 and y == -1:
            break
        if x != -1:
            out.append(x)
        if y != -1:
            out.append(100 + y)
    return out


ENTRY = "round_robin"
SAMPLES = [(3, 1), (0, 0)]
CHECKS = [(0, 2), (4, 4)]
