"""Out of scope: a result that shows the iteration order of a set of str (list(), tuple(),
str.join(), set.pop(), sorted()/max() with key= on ties). CPython's order depends on the
per-process string hash seed, so no fixed answer exists to match."""


def longest(words):
    return max(set(words), key=len)


ENTRY = "longest"
SAMPLES = [(["a", "bb", "c"],)]
EXPECT = "max() with key= of a set[str]: items with equal keys come in CPython's iteration order"
EXPECT_LINE = 7
