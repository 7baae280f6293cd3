"""Out of scope: a range object kept as a value. fxn builds a range as the list of its values,
which is what iteration sees; CPython's range is an object whose r[-1] is instant for
range(0, 10**12, 3), and which is not == to a list nor printed as one."""


def last(n):
    r = range(0, n, 3)
    return r[-1] if n > 0 else -1


ENTRY = "last"
SAMPLES = [(10,)]
EXPECT = "range() kept as a value"
EXPECT_LINE = 7
