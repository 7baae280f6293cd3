"""Out of scope: re.finditer() kept as an iterator value (fxn iterates it where it is made)."""
import re


def first_two(text):
    it = re.finditer(r"\d+", text)
    a = next(it)
    b = next(it)
    return a.group() + b.group()


ENTRY = "first_two"
SAMPLES = [("1 22 333",)]
EXPECT = "re.finditer() used other than as the iterable"
EXPECT_LINE = 6
