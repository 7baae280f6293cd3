"""Out of scope: an import statement inside the function."""


def root(x):
    import math
    return math.sqrt(x)


ENTRY = "root"
SAMPLES = [(2.0,)]
EXPECT = "import statement"
EXPECT_LINE = 5
