"""A name rebound after try/except: the int parsed in the try, then its text."""


def describe(s):
    try:
        n = int(s)
    except ValueError:
        return "not a number: " + s
    n = "even" if n % 2 == 0 else "odd"
    return n


ENTRY = "describe"
SAMPLES = [("4",), ("x",)]
CHECKS = [("7",), ("",), ("-3",), ("1_000",)]
