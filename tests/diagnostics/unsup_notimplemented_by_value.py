"""Out of scope: an operator method returning NotImplemented depending on a value (fxn decides
NotImplemented from the arguments' static types)."""


class Budget:
    def __init__(self, amount):
        self.amount = amount

    def __add__(self, other):
        if other < 0:
            return NotImplemented
        return Budget(self.amount + other)


def grow(a, b):
    return (Budget(a) + b).amount


ENTRY = "grow"
SAMPLES = [(1, 2)]
EXPECT = "NotImplemented returned where the values decide it"
EXPECT_LINE = 11
