"""Out of scope: an import statement inside a function body."""


def hypot(a, b):
    import math
    return math.sqrt(a * a + b * b)


ENTRY = "hypot"
SAMPLES = [(3.0, 4.0)]
EXPECT = "import statement"
EXPECT_LINE = 5
