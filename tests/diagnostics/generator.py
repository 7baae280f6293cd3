"""Out of scope: the entry function itself is a generator (a generator object is no value fxn
can return; compiling generators used inside the module is in scope: gen_*.py cases)."""


def countdown(n):
    while n > 0:
        yield n
        n -= 1


ENTRY = "countdown"
SAMPLES = [(3,)]
EXPECT = "is a generator"
EXPECT_LINE = 7
