"""Closures returned from a factory: each multiplier keeps its own k after the factory returned."""


def make_multiplier(k):
    return lambda x: x * k


def make_adder(n):
    def add(x):
        return x + n
    return add


def run(values, k):
    double = make_multiplier(2)
    scale = make_multiplier(k)
    shift = make_adder(k)
    return [double(v) for v in values], [scale(v) for v in values], [shift(scale(v)) for v in values], \
        make_adder(10)(5)


ENTRY = "run"
SAMPLES = [([1, 2, 3], 5), ([], 0)]
CHECKS = [([-4, 0, 7], -3)]
