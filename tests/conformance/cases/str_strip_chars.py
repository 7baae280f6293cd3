"""strip/lstrip/rstrip with no argument (whitespace) and with a set of characters."""


def trims(s, chars):
    return s.strip(), s.lstrip(), s.rstrip(), s.strip(chars), s.lstrip(chars), s.rstrip(chars)


ENTRY = "trims"
SAMPLES = [("  xxhixx  ", "x "), ("--==title==--", "-=")]
CHECKS = [("", "a"), ("aaaa", "a"), ("\t\n x \r\n", ""), ("abcXcba", "cba"), ("ééaéé", "é"),
          ("\u3000wide\u3000", "w")]
