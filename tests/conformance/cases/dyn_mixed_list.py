"""A list of ints and strs: items dispatch at run time (isinstance, arithmetic, methods), with
CPython's TypeError where an operation does not apply."""


def describe(items):
    out = []
    total = 0
    for x in items:
        if isinstance(x, int):
            total += x
            out.append(x * 2)
        elif isinstance(x, str):
            out.append(x.upper() + "!")
        else:
            out.append(None)
    return out, total, len(items), str(items)


def strict_total(items):
    total = 0
    for x in items:
        total = total + x
    return total


def run(items, strict):
    try:
        if strict:
            return strict_total(items)
        return describe(items)
    except TypeError as e:
        return "TypeError: " + str(e)


ENTRY = "run"
SAMPLES = [([1, "a", 2, "bc"], False), ([3, 4], True)]
CHECKS = [([], False), (["x"], False), ([1, "a"], True), ([True, 2.5, None, "q"], False), (["a", 1], True),
          ([1, 2.5, False], True)]
