"""A stack machine whose commands are module functions registered in a dict."""


def push_one(stack):
    stack.append(1)


def dup(stack):
    stack.append(stack[-1])


def add(stack):
    b = stack.pop()
    a = stack.pop()
    stack.append(a + b)


def neg(stack):
    stack.append(-stack.pop())


def run(program):
    commands = {"one": push_one, "dup": dup, "add": add, "neg": neg}
    stack: list[int] = []
    for word in program.split():
        if word not in commands:
            raise ValueError("unknown command " + word)
        commands[word](stack)
    return stack


ENTRY = "run"
SAMPLES = [("one dup add dup add",), ("",), ("one neg one add",)]
CHECKS = [("add",), ("one fly",), ("one dup dup add add neg",)]
