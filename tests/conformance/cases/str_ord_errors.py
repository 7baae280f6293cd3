"""ord() needs exactly one character: TypeError naming the length otherwise."""


def first_code(s):
    return ord(s)


ENTRY = "first_code"
SAMPLES = [("A",), ("€",)]
CHECKS = [("",), ("ab",), ("😀",), ("\x00",)]
