"""A name read by a local function stays one variable; other names around it still rebind."""


def scale_all(values, factor):
    scale = factor * 2

    def apply(v):
        return v * scale

    values = [apply(v) for v in values]
    factor = str(factor)
    values = ",".join(str(v) for v in values)
    return factor + ":" + values


ENTRY = "scale_all"
SAMPLES = [([1, 2, 3], 5)]
CHECKS = [([], 0), ([-1], -1)]
