"""A calculator with an operator table: a dict of lambdas looked up by the operator's symbol."""


def calculate(tokens):
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
    }
    stack = []
    for tok in tokens.split():
        if tok in ops:
            right = stack.pop()
            left = stack.pop()
            stack.append(ops[tok](left, right))
        else:
            stack.append(int(tok))
    return stack[-1]


ENTRY = "calculate"
SAMPLES = [("3 4 +",), ("10 2 8 * + 3 -",), ("7 2 /",)]
CHECKS = [("1 0 /",), ("5 1 2 + 4 * + 3 -",), ("-3 2 /",)]
