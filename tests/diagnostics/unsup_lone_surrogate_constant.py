"""A str literal holding a lone surrogate: Python's str may hold one, but fxn's trace result
carries constants as UTF-8, which cannot; fxn rejects the literal."""


def tag(s):
    return len("\ud800" + s)


ENTRY = "tag"
SAMPLES = [("a",)]
EXPECT = "lone surrogate (U+D800)"
EXPECT_LINE = 6
