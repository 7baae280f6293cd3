"""Composing a list of functions into one with a closure over the list."""


def compose_all(fs):
    def composed(x):
        for f in fs:
            x = f(x)
        return x
    return composed


def add3(x):
    return x + 3


def run(values, times):
    steps = [add3, lambda x: x * 2, abs]
    f = compose_all(steps * times)
    just_abs = compose_all([abs])
    return [f(v) for v in values], [just_abs(v) for v in values]


ENTRY = "run"
SAMPLES = [([1, -10], 1), ([], 3)]
CHECKS = [([-4], 2), ([7], 0)]
