"""Out of scope: an arithmetic operator method that a subclass defines differently, used through
a value of the base class (fxn binds it by the static class; CPython by the run-time one; str,
repr, format and comparisons dispatch on the run-time class)."""


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return self.cents + other


class Tip(Money):
    def __add__(self, other):
        return self.cents + other + 1


def total(k):
    m = Money(k) if k == 0 else Tip(k)
    return m + 5


ENTRY = "total"
SAMPLES = [(1,)]
EXPECT = "operator method __add__ of a Money that may be a Tip at run time, whose __add__ differs"
EXPECT_LINE = 21
