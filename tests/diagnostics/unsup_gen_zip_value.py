"""Out of scope: zip() of a generator kept as a value (CPython's zip is lazy; fxn builds it
at once only where it is read at once, as in list(zip(...)), or in a for loop)."""


def numbers(n, log):
    for i in range(n):
        log.append(i)
        yield i


def pairs(n):
    log = []
    z = zip(numbers(n, log), "abc")
    log.append(-1)
    return list(z), log


ENTRY = "pairs"
SAMPLES = [(2,)]
EXPECT = "zip() kept as a value (fxn builds it as a list of its items"
EXPECT_LINE = 13
