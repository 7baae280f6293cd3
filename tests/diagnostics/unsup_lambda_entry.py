"""Out of scope: the entry is a lambda bound to a module-level name, not a def."""

double = lambda n: n * 2  # noqa: E731


ENTRY = "double"
SAMPLES = [(21,)]
EXPECT = "lambda assigned to 'double' as the entry"
EXPECT_LINE = 3
