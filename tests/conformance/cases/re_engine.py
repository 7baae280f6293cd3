"""Backtracking as CPython's sre does it: alternation order, lazy and possessive repeats,
backreferences, lookarounds, conditionals, empty matches (findall of a* on "baab") and \\b."""
import re


def engine(s):
    return [
        re.findall(r"a*", s),
        re.findall(r"(a|ab)(c|bcd)(d*)", s),
        re.findall(r"(\w)\1", s),
        re.findall(r"(?<=a)b", s),
        re.findall(r"(?<!a)b", s),
        re.findall(r"(a)?(?(1)b|c)", s),
        re.findall(r"a+?b", s),
        re.findall(r"(?:ab)*", s),
        re.findall(r"(?>a+)b", s),
        re.findall(r"a++b", s),
        re.findall(r"\b\w", s),
        re.findall(r"((a)|b)+", s),
        re.findall(r"(a*)*", s),
        re.findall(r"$", s),
        re.findall(r"a{1,2}", s),
        [m.span() for m in re.finditer(r"", s)],
        re.match(r"(a|b)*c", s) is not None,
        re.fullmatch(r"[ab]*", s) is not None,
        re.search(r"^b", s, re.M) is not None,
        re.escape(s),
    ]


ENTRY = "engine"
SAMPLES = [("baab",), ("abcd aabb",)]
CHECKS = [("",), ("aaab\nbab",), ("ab.c*d+",), ("ééa öb",), ("a" * 30 + "c",)]
