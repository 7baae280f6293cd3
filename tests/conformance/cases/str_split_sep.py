"""split(sep) keeps empty fields; maxsplit limits splits; an empty separator raises ValueError."""


def fields(s, sep, n):
    return s.split(sep), s.split(sep, n), s.rsplit(sep, n)


ENTRY = "fields"
SAMPLES = [("a,b,,c,", ",", 2), ("k = v = w", " = ", 1)]
CHECKS = [("", ",", -1), (",", ",", 0), ("abc", "abcd", 1), ("aaaa", "aa", -1), ("abc", "", 1),
          ("x--y--z", "--", 5)]
