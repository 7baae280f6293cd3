"""Outside fxn's static types: one call of a function value that may return an int or a str."""


def run(op, x):
    table = {"neg": lambda v: -v, "text": lambda v: str(v)}
    return table[op](x)


ENTRY = "run"
SAMPLES = [("neg", 3)]
EXPECT = "fxn gives each call one result type"
EXPECT_LINE = 6
