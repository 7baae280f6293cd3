"""An optional callback: a parameter defaulting to None, called only when given."""


def process(items, on_item=None, transform=None):
    out = []
    for x in items:
        if transform is not None:
            x = transform(x)
        if on_item is not None:
            on_item(x)
        out.append(x)
    return out


def run(values):
    seen = []
    plain = process(values)
    doubled = process(values, transform=lambda v: v * 2)
    logged = process(values, on_item=lambda v: seen.append(v), transform=abs)
    return plain, doubled, logged, seen


ENTRY = "run"
SAMPLES = [([1, -2, 3],), ([],)]
CHECKS = [([0, -7],)]
