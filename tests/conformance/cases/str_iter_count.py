"""Iterating a str yields one-character strs per code point; len counts code points."""


def tally(s):
    vowels = 0
    upper = 0
    chars = []
    for ch in s:
        if ch in "aeiouAEIOUéö":
            vowels += 1
        if ch.isupper():
            upper += 1
        chars.append(ch)
    return len(s), vowels, upper, chars


ENTRY = "tally"
SAMPLES = [("Hello World",), ("héllo wörld",)]
CHECKS = [("",), ("日本語",), ("AEIOU😀",), ("ÉÖ",)]
