"""Out of scope: a complex number (imaginary literal)."""


def magnitude(n):
    z = n * 1j
    return abs(z)


ENTRY = "magnitude"
SAMPLES = [(3,)]
EXPECT = "complex"
EXPECT_LINE = 5
