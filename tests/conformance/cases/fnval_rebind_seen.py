"""A closure reads the enclosing variable's current value, after the closure was made and passed on."""


def run(n):
    factor = 2
    scale = lambda x: x * factor  # noqa: E731
    before = scale(n)
    factor = 10
    after = scale(n)

    def apply(f):
        return f(n)

    factor = -1
    return before, after, apply(scale)


ENTRY = "run"
SAMPLES = [(3,), (0,)]
CHECKS = [(-7,)]
