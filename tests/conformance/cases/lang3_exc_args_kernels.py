"""e.args of built-in exceptions that operations raise: int()/float() parsing, d[k] (KeyError's args hold the key with its type: str, int, tuple), list indexing, division, set.remove, dict.pop/popitem, next() on an exhausted iterator."""


def args_of(text, prices, name):
    out = []
    try:
        out.append(int(text))
    except ValueError as e:
        out.append(["int", e.args, e.args[0], len(e.args)])
    try:
        out.append(float(text))
    except ValueError as e:
        out.append(["float", e.args])
    try:
        out.append(prices[name])
    except KeyError as e:
        out.append(["str key", e.args, e.args[0] == name, str(e)])
    counts = {1: "one", 2: "two"}
    try:
        out.append(counts[len(text)])
    except KeyError as e:
        key = e.args[0]
        out.append(["int key", e.args, key + 1])
    grid = {(0, 0): "origin"}
    try:
        out.append(grid[(len(text), -1)])
    except KeyError as e:
        out.append(["tuple key", e.args, len(e.args), e.args[0][1]])
    try:
        out.append([1, 2, 3][len(text) + 2])
    except IndexError as e:
        out.append(["index", e.args])
    try:
        out.append(10 // (len(text) - len(text)))
    except ZeroDivisionError as e:
        out.append(["div", e.args])
    seen = {1, 2}
    try:
        seen.remove(len(text) + 5)
    except KeyError as e:
        out.append(["set", e.args])
    try:
        prices.pop("nothing-" + name)
    except KeyError as e:
        out.append(["pop", e.args])
    try:
        {}.popitem()
    except KeyError as e:
        out.append(["popitem", e.args, str(e)])
    it = (x * 2 for x in [len(text)])
    try:
        next(it)
        next(it)
    except StopIteration as e:
        out.append(["next", e.args, len(e.args)])
    return out


ENTRY = "args_of"
SAMPLES = [("x", {"apple": 2}, "pear"), ("12a", {"a": 1, "b": 2}, "b'\"\n")]
CHECKS = [("", {}, ""), ("7", {"k": 3}, "k"), ("é\t", {}, "ü\\x")]
