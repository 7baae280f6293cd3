"""A Stack class over a list: push/pop/peek/is_empty; popping an empty stack raises IndexError."""


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def peek(self):
        return self.items[-1]

    def is_empty(self):
        return len(self.items) == 0


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if s.is_empty() or s.pop() != pairs[ch]:
                return False
    return s.is_empty()


ENTRY = "balanced"
SAMPLES = [("(a[b]{c})",), ("(]",)]
CHECKS = [("",), ("((",), ("))",), ("{[()()]}",), ("[(])",)]
