"""Rebinding in branches that never meet: each branch returns, so each version has its own type."""


def convert(s, mode):
    if mode == "int":
        value = int(s)
        value = value + 1
        return str(value)
    if mode == "words":
        value = s.split()
        return str(len(value))
    value = s.upper()
    return value


ENTRY = "convert"
SAMPLES = [("41", "int"), ("a b c", "words"), ("abc", "upper")]
CHECKS = [("x", "int"), ("", "words"), ("", "upper"), (" 9 ", "int")]
