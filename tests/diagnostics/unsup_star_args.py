"""Out of scope: a *args parameter on a helper called with several positional arguments."""


def largest(*values):
    best = values[0]
    for v in values:
        if v > best:
            best = v
    return best


def pick(a, b, c):
    return largest(a, b, c)


ENTRY = "pick"
SAMPLES = [(3, 9, 4)]
EXPECT = "*args parameter"
EXPECT_LINE = 4
