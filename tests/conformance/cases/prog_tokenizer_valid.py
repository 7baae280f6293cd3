"""An expression evaluator: tokenize then recursive-descent parse with + - * / and parentheses."""


def tokenize(src):
    tokens = []
    num = ""
    for ch in src:
        if ch.isdigit():
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in "+-*/()":
            tokens.append(ch)
        elif not ch.isspace():
            raise ValueError(f"bad character: {ch}")
    if num:
        tokens.append(num)
    return tokens


def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("+", "-"):
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos


def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("*", "/"):
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == "*" else value / rhs
    return value, pos


def parse_atom(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    if tok == "-":
        value, pos = parse_atom(tokens, pos + 1)
        return -value, pos
    return float(tok), pos + 1


def evaluate(src):
    value, _ = parse_expr(tokenize(src), 0)
    return value


ENTRY = "evaluate"
SAMPLES = [("1 + 2 * 3",), ("(1 + 2) * -3 / 4",)]
CHECKS = [("10 / 4 - 1",), ("1 / 0",), ("2 * (3 + 4) * 5",), ("7 % 2",), ("",), ("(1",)]
