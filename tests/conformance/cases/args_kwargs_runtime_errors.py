"""f(**d) with keys known only at run time: CPython's TypeErrors, messages and order (a key
given positionally, an unexpected key, a positional-only parameter named by a key, missing
positional then keyword-only parameters), d built from the entry's keys."""


def f(a, /, b, c=3, *, d, e=5):
    return [a, b, c, d, e]


def g(a, /, b, **kw):
    return [a, b, sorted(kw.items())]


def h(x, y):
    return x - y


def p(a, b, /, c):
    return a + b + c


def attempt(which, d):
    try:
        if which == 0:
            return f(1, **d)
        if which == 1:
            return f(1, 2, **d)
        if which == 2:
            return g(1, **d)
        if which == 3:
            return h(**d)
        if which == 4:
            return p(1, 2, **d)
        return f(**d)
    except TypeError as e:
        return str(e)


def run(keys):
    d = {}
    for i, key in enumerate(keys):
        d[key] = i
    return [attempt(which, d) for which in range(6)]


ENTRY = "run"
SAMPLES = [(["b", "d"],), (["zz", "a"],), (["b", "a"],)]
CHECKS = [([],), (["c"],), (["d", "b", "x", "y"],), (["x"],), (["y", "x"],), (["a", "b", "c", "d", "e"],), (["e", "q", "a"],), (["b", "a", "c"],), (["b", "c", "e"],)]
