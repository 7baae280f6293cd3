"""A generator over the characters of a str (code points), upper-casing vowels."""


def shout_vowels(s):
    for ch in s:
        yield ch.upper() if ch in "aeioué" else ch


def transform(s):
    return "".join(shout_vowels(s)), len(list(shout_vowels(s)))


ENTRY = "transform"
SAMPLES = [("hello world",), ("",)]
CHECKS = [("café",), ("xyz",)]
