"""printf-style `%` with a dynamic value as the arguments: a tuple at run time is the argument list
(CPython's TypeErrors when its length does not match the conversions), a list or dict is one
argument (or a mapping nothing uses), anything else the one argument."""


def fmt(v):
    out = []
    try:
        out.append("val=%s" % v)
    except TypeError as e:
        out.append("TypeError: " + str(e))
    try:
        out.append("%s-%r" % v)
    except TypeError as e:
        out.append("TypeError: " + str(e))
    try:
        out.append("plain" % v)
    except TypeError as e:
        out.append("TypeError: " + str(e))
    try:
        out.append("%a|%5s|%-4r|" % v)
    except TypeError as e:
        out.append("TypeError: " + str(e))
    return out


def run(kind, n):
    if kind == 0:
        v = n
    elif kind == 1:
        v = "s" * n
    elif kind == 2:
        v = (n, "a")
    elif kind == 3:
        v = (n,)
    elif kind == 4:
        v = [n, "b"]
    elif kind == 5:
        v = {"k": n, "z": "é"}
    elif kind == 6:
        v = ()
    elif kind == 7:
        v = ("x", n, None)
    else:
        v = None
    return fmt(v)


ENTRY = "run"
SAMPLES = [(0, 3), (2, 5), (4, 1)]
CHECKS = [(1, 2), (3, 7), (5, 0), (6, 1), (7, -2), (8, 0), (1, 0)]
