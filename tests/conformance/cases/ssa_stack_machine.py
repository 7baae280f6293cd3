"""A stack machine: the token rebound to its int when it is a number, `op` reused per case."""


def evaluate(program):
    stack = []
    for tok in program.split():
        match tok:
            case "+" | "-" | "*":
                b, a = stack.pop(), stack.pop()
                op = tok
                if op == "+":
                    stack.append(a + b)
                elif op == "-":
                    stack.append(a - b)
                else:
                    stack.append(a * b)
            case "dup":
                op = stack[-1]
                stack.append(op)
            case _:
                tok = int(tok)
                stack.append(tok)
    return stack


ENTRY = "evaluate"
SAMPLES = [("2 3 + 4 *",), ("5 dup * 1 -",)]
CHECKS = [("",), ("+",), ("1 x",), ("dup",)]
