"""One call of a function value that may return an int or a str: the call's result is dynamic."""


def run(op, x):
    table = {"neg": lambda v: -v, "text": lambda v: str(v)}
    return table[op](x)


ENTRY = "run"
SAMPLES = [("neg", 3)]
CHECKS = [("text", 3), ("neg", -4), ("text", -1)]
