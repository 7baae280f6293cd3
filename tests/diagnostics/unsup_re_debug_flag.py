"""Out of scope: the re.DEBUG flag (CPython prints the parsed pattern when it compiles)."""
import re


def has_digit(text):
    return re.search(r"\d", text, re.DEBUG) is not None


ENTRY = "has_digit"
SAMPLES = [("a1",)]
EXPECT = "re flag re.DEBUG"
EXPECT_LINE = 6
