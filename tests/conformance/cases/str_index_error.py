"""Indexing a str past either end raises IndexError: string index out of range."""


def char_at(s, i):
    return s[i] + s[-i - 1]


ENTRY = "char_at"
SAMPLES = [("hello", 1), ("日本語", 0)]
CHECKS = [("hello", 5), ("hello", -5), ("hello", -6), ("", 0), ("😀", 0), ("ab", 2**63 - 1)]
