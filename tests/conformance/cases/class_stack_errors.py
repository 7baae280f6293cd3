"""A stack of ints with an explicit underflow error raised to the caller."""


class IntStack:
    def __init__(self):
        self.data = []

    def push(self, v):
        self.data.append(v)

    def pop(self):
        if not self.data:
            raise IndexError("pop from empty stack")
        return self.data.pop()


def rpn(tokens):
    st = IntStack()
    for tok in tokens:
        if tok in ("+", "-", "*"):
            b = st.pop()
            a = st.pop()
            if tok == "+":
                st.push(a + b)
            elif tok == "-":
                st.push(a - b)
            else:
                st.push(a * b)
        else:
            st.push(int(tok))
    return st.pop()


ENTRY = "rpn"
SAMPLES = [(["3", "4", "+", "2", "*"],), (["5", "1", "2", "+", "4", "*", "+", "3", "-"],)]
CHECKS = [([],), (["+"],), (["1", "x", "+"],), (["7"],)]
