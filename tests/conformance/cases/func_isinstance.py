"""isinstance checks on ints, floats, strs, bools and None; bool is a subclass of int."""


def kind(v):
    if v is None:
        return "none"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    return "other"


def survey(n, x, s, flag):
    return [kind(n), kind(x), kind(s), kind(flag), kind(None), isinstance(flag, int),
            isinstance(n, float), isinstance(x, (int, float)), isinstance(s, (int, str))]


ENTRY = "survey"
SAMPLES = [(1, 2.5, "a", True)]
CHECKS = [(0, -0.0, "", False)]
