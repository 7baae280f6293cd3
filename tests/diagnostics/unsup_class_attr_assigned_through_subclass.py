"""Out of scope: assigning a class attribute through a subclass that does not define it. CPython
gives Sub an attribute of its own (Base.count stays 0); fxn keeps one value per attribute."""


class Base:
    count = 0


class Sub(Base):
    pass


def run(n):
    Sub.count = n
    return [Base.count, Sub.count]


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "assigning Sub.count, which is not an attribute of Sub's own at import"
EXPECT_LINE = 14
