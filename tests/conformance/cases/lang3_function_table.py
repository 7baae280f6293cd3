"""Module-level tables of functions and classes as people write them: a calculator's dict of operator functions, a list of validator classes tried in order, a dict of builtins used as converters; missing entries raise KeyError."""


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


OPS = {"+": add, "-": sub, "*": mul, "/": div}
CONVERT = {"int": int, "float": float, "str": str}


class Rule:
    def __init__(self, limit):
        self.limit = limit

    def check(self, value):
        return True


class AtMost(Rule):
    def check(self, value):
        return value <= self.limit


class AtLeast(Rule):
    def check(self, value):
        return value >= -self.limit


RULES = [AtMost, AtLeast, Rule]


def calc(tokens, limit):
    out = []
    for t in tokens:
        a, op, b = t.split()
        try:
            r = OPS[op](float(a), float(b))
            out.append(f"{r} {[cls(limit).check(r) for cls in RULES]}")
        except ZeroDivisionError as e:
            out.append("error: " + str(e))
        except KeyError as e:
            out.append("no operator " + str(e))
    out.append(str(CONVERT["int"]("42") + CONVERT["float"]("0.5")))
    out.append(CONVERT["str"](limit) + "!")
    return out


ENTRY = "calc"
SAMPLES = [(["1 + 2", "6 / 3", "2 ^ 3", "7 / 0", "3 * -4"], 5)]
CHECKS = [([], 0), (["100 - 1"], 50)]
