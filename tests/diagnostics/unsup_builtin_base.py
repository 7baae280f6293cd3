"""Out of scope: a class deriving from a built-in type other than an exception."""


class Stack(list):
    def peek(self):
        return self[-1]


def top(xs):
    s = Stack()
    for x in xs:
        s.append(x)
    return s.peek()


ENTRY = "top"
SAMPLES = [([1, 2],)]
EXPECT = "class deriving from built-in list"
EXPECT_LINE = 4
