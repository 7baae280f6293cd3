"""A range() passed to a function of the module that prints it: CPython prints range(0, 3), the
list fxn would pass prints [0, 1, 2]; fxn rejects the call's argument."""


def describe(r):
    return "%d items: %s" % (len(r), r)


def run(n):
    return describe(range(n))


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "range() passed to describe()"
EXPECT_LINE = 10
