"""Callable objects: a Counter whose __call__ takes a default argument, a scaler stored in a field
and called as self.scale(x), a list of callables applied in turn, and calling an instance without
__call__ raising CPython's TypeError."""


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, step=1):
        self.count += step
        return self.count


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Pipeline:
    def __init__(self, k):
        self.scale = Scale(k)
        self.calls = Counter()

    def run(self, x):
        self.calls()
        return self.scale(x) + 1


class Plain:
    pass


def calls(values, k):
    c = Counter()
    c()
    c(10)
    p = Pipeline(k)
    out = [p.run(v) for v in values]
    steps = [Scale(2), Scale(k), Scale(-1)]
    x = 1
    for f in steps:
        x = f(x)
    err = ""
    try:
        thing = Plain()
        thing(3)
    except TypeError as e:
        err = str(e)
    return c.count, c(), out, p.calls.count, x, err


ENTRY = "calls"
SAMPLES = [([1, 2, 3], 5), ([], -2)]
CHECKS = [([7], 0)]
