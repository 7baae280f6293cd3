"""Count character classes of a str with isdigit/isalpha/isspace and a dict of counts."""


def classes(s):
    counts = {"digit": 0, "alpha": 0, "space": 0, "other": 0}
    for ch in s:
        if ch.isdigit():
            counts["digit"] += 1
        elif ch.isalpha():
            counts["alpha"] += 1
        elif ch.isspace():
            counts["space"] += 1
        else:
            counts["other"] += 1
    return counts


ENTRY = "classes"
SAMPLES = [("abc 123 !?",), ("héllo wörld 日本 42",)]
CHECKS = [("",), ("\t\n\r\x0b",), ("😀½²",)]
