"""Out of scope: printf-style '%' formatting of a str."""


def summary(n):
    return "%d items" % n


ENTRY = "summary"
SAMPLES = [(3,)]
EXPECT = "% formatting"
EXPECT_LINE = 5
