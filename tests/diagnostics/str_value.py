"""Out of scope: a str value (string literal repeated and measured)."""


def stars(n):
    s = "*" * n
    return len(s)


ENTRY = "stars"
SAMPLES = [(3,)]
EXPECT = "str"
EXPECT_LINE = 5
