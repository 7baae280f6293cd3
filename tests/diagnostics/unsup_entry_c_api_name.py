"""Out of scope: an entry whose exported name fxn_<entry> is already part of the artifact's C API."""


def value(n):
    return n * 2


ENTRY = "value"
SAMPLES = [(3,)]
EXPECT = "would be exported as fxn_value"
EXPECT_LINE = 4
