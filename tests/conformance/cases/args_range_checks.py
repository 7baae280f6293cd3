"""*args validated with keyword-only bounds: CPython's exceptions raised from the callee."""


def check(*values, lo=0, hi=10):
    for i, v in enumerate(values):
        if not lo <= v <= hi:
            raise ValueError(f"value {i} ({v}) outside [{lo}, {hi}]")
    return len(values)


def run(a, b):
    n = check(a, b)
    m = check(a, lo=-100, hi=100)
    return [n, m, check(), check(b, a, a, hi=1000)]


ENTRY = "run"
SAMPLES = [(1, 2), (10, 0)]
CHECKS = [(11, 0), (5, -1), (-50, 500), (200, 3)]
