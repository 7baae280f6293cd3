"""Out of scope: '%' formatting with a format string only known at run time."""


def render(fmt, n):
    return fmt % n


ENTRY = "render"
SAMPLES = [("%d items", 3)]
EXPECT = "% formatting of a str not known at compile time"
EXPECT_LINE = 5
