"""An AST of node classes evaluated by dispatch: Num, Add, Mul, Neg built by a small parser."""


class Node:
    def evaluate(self):
        raise NotImplementedError

    def show(self):
        return "?"


class Num(Node):
    def __init__(self, value):
        self.value = value

    def evaluate(self):
        return self.value

    def show(self):
        return str(self.value)


class BinOp(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Add(BinOp):
    def evaluate(self):
        return self.left.evaluate() + self.right.evaluate()

    def show(self):
        return f"({self.left.show()} + {self.right.show()})"


class Mul(BinOp):
    def evaluate(self):
        return self.left.evaluate() * self.right.evaluate()

    def show(self):
        return f"({self.left.show()} * {self.right.show()})"


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def evaluate(self):
        return -self.operand.evaluate()

    def show(self):
        return f"-{self.operand.show()}"


def parse_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok == "+":
            right = stack.pop()
            left = stack.pop()
            stack.append(Add(left, right))
        elif tok == "*":
            right = stack.pop()
            left = stack.pop()
            stack.append(Mul(left, right))
        elif tok == "neg":
            stack.append(Neg(stack.pop()))
        else:
            stack.append(Num(int(tok)))
    return stack[-1]


def run(expr):
    tree = parse_rpn(expr.split())
    return tree.show(), tree.evaluate()


ENTRY = "run"
SAMPLES = [("1 2 + 3 *",), ("5 neg 2 *",)]
CHECKS = [("7",), ("1 2 3 4 + * +",), ("2 neg neg",), ("1 +",)]
