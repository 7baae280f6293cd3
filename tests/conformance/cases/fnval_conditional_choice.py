"""Choosing a function with a conditional expression, and a default function in dict.get."""


def identity(x):
    return x


def run(values, up):
    step = (lambda x: x + 1) if up else (lambda x: x - 1)
    transforms = {"neg": lambda x: -x, "sq": lambda x: x * x}
    return [step(v) for v in values], [transforms.get(k, identity)(3) for k in ["neg", "sq", "other"]]


ENTRY = "run"
SAMPLES = [([1, 2], True), ([], False)]
CHECKS = [([-5], False)]
