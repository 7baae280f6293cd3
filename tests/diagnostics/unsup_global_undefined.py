"""Out of scope: `global x` for a name the module does not define at import."""


def setup(n):
    global LATE
    LATE = n
    return n


ENTRY = "setup"
SAMPLES = [(3,)]
EXPECT = "global 'LATE' that the module does not define"
EXPECT_LINE = 5
