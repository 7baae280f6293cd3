"""Out of scope: a re pattern built at run time (fxn compiles patterns when the module is traced)."""
import re


def count_words(text, word):
    return len(re.findall(r"\b" + word + r"\b", text))


ENTRY = "count_words"
SAMPLES = [("a cat and a dog", "a")]
EXPECT = "re pattern that is not known when the module is traced"
EXPECT_LINE = 6
