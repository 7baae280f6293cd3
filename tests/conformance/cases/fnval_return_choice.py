"""A function returning one of several functions chosen at run time, called by the caller."""


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def pick(op):
    if op == "+":
        return add
    if op == "-":
        return sub
    if op == "*":
        return mul
    raise KeyError(op)


def evaluate(ops, a, b):
    return [pick(op)(a, b) for op in ops]


ENTRY = "evaluate"
SAMPLES = [(["+", "-", "*"], 6, 3), ([], 0, 0)]
CHECKS = [(["*", "/"], 2, 5), (["-"], -1, -1)]
