"""Compiled patterns as values: methods with pos/endpos, pattern attributes, a pattern passed to
a helper, a local re.compile, names imported from re."""
import re
from re import IGNORECASE, findall, sub

NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
PAIR = re.compile(r"(\w+)=(\w+)", IGNORECASE)


def numbers_in(pattern, text, start):
    return [float(x) for x in pattern.findall(text, start)]


def pairs(text):
    local = re.compile(r"\s*;\s*")
    chunks = local.split(text)
    out = []
    for chunk in chunks:
        m = PAIR.fullmatch(chunk)
        if m is not None:
            out.append(m.group(1) + "->" + m.group(2))
    return out


def methods(text):
    head = NUMBER.match(text)
    return [numbers_in(NUMBER, text, 0), numbers_in(NUMBER, text, 5),
            head.group() if head else "",
            NUMBER.search(text, 2, 6) is not None,
            NUMBER.pattern, PAIR.groups, PAIR.flags == re.IGNORECASE | re.UNICODE,
            pairs(text), NUMBER.subn("#", text), NUMBER.sub("#", text, 1),
            findall(r"[A-Z]\w*", text), sub(r"\d", "0", text)]


ENTRY = "methods"
SAMPLES = [("12 apples; x=1 ; Y=two;  3.5 kg -7",)]
CHECKS = [("",), ("-1.5e3",), ("a=b;c=d;bad",), ("Ω=ω; 42",)]
