"""Out of scope: print() writing to stdout from compiled code."""


def noisy_add(a, b):
    s = a + b
    print("sum is", s)
    return s


ENTRY = "noisy_add"
SAMPLES = [(2, 3)]
EXPECT = "print()"
EXPECT_LINE = 6
