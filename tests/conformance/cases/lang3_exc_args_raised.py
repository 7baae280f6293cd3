"""e.args of built-in exceptions raised by the code: several arguments (str() is the args' repr), none, an empty string, non-str arguments (int, list, None), KeyError(k), args read after re-raising through a caller, and handlers catching a base class."""


def check(n, word):
    if n < 0:
        raise ValueError("negative", n)
    if n == 0:
        raise ValueError
    if n == 1:
        raise ValueError("")
    if n == 2:
        raise TypeError(n * 10)
    if n == 3:
        raise KeyError(word)
    if n == 4:
        raise RuntimeError([n, n + 1], None)
    if n == 5:
        raise KeyError()
    return n


def relay(n, word):
    try:
        return check(n, word)
    except LookupError:
        raise


def run(ns, word):
    out = []
    for n in ns:
        try:
            out.append(relay(n, word))
        except (ValueError, TypeError) as e:
            out.append([type(e).__name__, e.args, str(e), len(e.args)])
        except KeyError as e:
            out.append(["KeyError", e.args, str(e)])
        except Exception as e:
            first = e.args[0]
            out.append([type(e).__name__, e.args, first, str(e)])
    try:
        raise IndexError("at", len(ns), word)
    except LookupError as e:
        a, b, c = e.args
        out.append([a, b * 2, c])
    out.append(validate([n * 25 for n in ns]))
    return out


ENTRY = "run"
SAMPLES = [([-2, 0, 1, 2, 3, 4, 5, 9], "key"), ([3, -1], "it's")]
CHECKS = [([], ""), ([0, 0, 6], "x")]


def validate(values):
    """assert with messages of several types: e.args holds the message object itself."""
    out = []
    for v in values:
        try:
            assert v > 0, v
            assert v < 100, "too big: %d" % v
            assert v != 50
            out.append(v)
        except AssertionError as e:
            out.append(e.args)
    return out
