"""Out of scope: an operator method that a subclass defines differently, used through a value of
the base class (fxn binds operator methods by the static class; CPython by the run-time one)."""


class Base:
    def __eq__(self, other):
        return False


class Sub(Base):
    def __eq__(self, other):
        return True


def same(k):
    o = Base() if k == 0 else Sub()
    return o == Base()


ENTRY = "same"
SAMPLES = [(1,)]
EXPECT = "operator method __eq__ of a Base that may be a Sub at run time, whose __eq__ differs"
EXPECT_LINE = 17
