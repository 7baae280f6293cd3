"""Out of scope: `%` whose left side is a dynamic value (an int or a str) and whose right side is a
str: formatting with a format string not known at compile time."""


def run(flag, n):
    fmt = "%s!" if flag else n
    return fmt % "x"


ENTRY = "run"
SAMPLES = [(True, 3)]
EXPECT = "% of a dynamic value and a str"
EXPECT_LINE = 7
