"""split() with no separator: runs of any whitespace, no empty strings; maxsplit keeps the rest."""


def words(s, n):
    return s.split(), s.split(None, n), s.rsplit(None, n), len(s.split())


ENTRY = "words"
SAMPLES = [("  the quick\tbrown\n\nfox  ", 2), ("one two three", 1)]
CHECKS = [("", 0), ("   ", 1), ("a", -1), ("a b c d", 0), ("a\u3000b\xa0c", 5), ("x\x0by\x1cz", 9)]
