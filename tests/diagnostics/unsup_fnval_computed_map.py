"""Out of scope: map() of a function computed by an expression (evaluated once by CPython, per item by fxn)."""


def run(op, xs):
    ops = {"neg": lambda v: -v, "sq": lambda v: v * v}
    return list(map(ops[op], xs))


ENTRY = "run"
SAMPLES = [("neg", [1, 2])]
EXPECT = "map() of a computed function"
EXPECT_LINE = 6
