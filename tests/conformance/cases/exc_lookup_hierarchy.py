"""except LookupError catches both KeyError and IndexError; except ArithmeticError catches ZeroDivisionError."""


def safe(xs, d, i, key):
    out = []
    try:
        out.append(xs[i])
    except LookupError as e:
        out.append(-1)
        out.append(len(str(e)))
    try:
        out.append(d[key])
    except LookupError:
        out.append(-2)
    try:
        out.append(xs[0] // i)
    except ArithmeticError as e:
        out.append(-3)
        out.append(len(str(e)))
    except LookupError:
        out.append(-4)
    return out


ENTRY = "safe"
SAMPLES = [([10, 20, 30], {"a": 1}, 1, "a"), ([10], {}, 0, "x")]
CHECKS = [([], {}, 0, ""), ([5, 6], {"k": 2}, -1, "k"), ([5], {"k": 2}, 7, "q")]
