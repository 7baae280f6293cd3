"""Counter.elements() kept as a value: CPython returns an iterator (fxn reads it only inside
list(), sorted() or sum())."""
from collections import Counter


def first_element(text):
    it = Counter(text).elements()
    for ch in it:
        return ch
    return ""


ENTRY = "first_element"
SAMPLES = [("abca",)]
EXPECT = "elements()"
EXPECT_LINE = 7
