"""`return f(...)` inside f becomes a jump with the new arguments: gcd swaps its parameters,
`total` carries a list and an accumulator, `find` jumps out of a loop; `guarded` has a try, so
its calls stay calls (its handler must see the callee's exception). RecursionError at CPython's
depth in every shape."""


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def total(xs, i, acc):
    if i == len(xs):
        return acc
    return total(xs, i + 1, acc + xs[i])


def find(xs, start, goal):
    for i in range(start, len(xs)):
        if xs[i] == goal:
            return i
        if xs[i] > goal:
            return find(xs, i + 1, goal)
    return -1


def guarded(n):
    try:
        if n <= 0:
            raise ValueError("bottom")
        return guarded(n - 1) + 1
    except ValueError:
        return 0


def run(kind, n):
    xs = [i % 7 for i in range(n)]
    if kind == "gcd":
        return gcd(n * 6, 4 * n + 2)
    if kind == "total":
        return total(xs, 0, 0)
    if kind == "find":
        return find(xs, 0, 6)
    return guarded(n)


ENTRY = "run"
SAMPLES = [("gcd", 10), ("total", 10)]
CHECKS = [("gcd", 0), ("gcd", 1), ("gcd", 97), ("gcd", -12),
          ("total", 0), ("total", 400), ("total", 100000),
          ("find", 0), ("find", 6), ("find", 7), ("find", 400),
          ("guarded", 0), ("guarded", 5), ("guarded", 400), ("guarded", 100000)]
