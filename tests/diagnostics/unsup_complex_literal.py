"""Out of scope: a complex number built from an imaginary literal."""


def magnitude(x, y):
    z = x + y * 1j
    return abs(z)


ENTRY = "magnitude"
SAMPLES = [(3.0, 4.0)]
EXPECT = "complex"
EXPECT_LINE = 5
