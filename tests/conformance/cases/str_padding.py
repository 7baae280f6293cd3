"""zfill keeps the sign first; center() puts an odd pad char left when the width is odd, else right."""


def pad(s, w):
    return s.zfill(w), s.center(w), s.center(w, "*"), s.ljust(w, "."), s.rjust(w, "0")


ENTRY = "pad"
SAMPLES = [("42", 6), ("-42", 6), ("abc", 8)]
CHECKS = [("ab", 5), ("abc", 6), ("+7", 4), ("x", 0), ("", 3), ("héllo", 9), ("日本", -1),
          ("--1", 5)]
