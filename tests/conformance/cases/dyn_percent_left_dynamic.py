"""`%` whose left side is a dynamic value (an int or a str) and whose right side is a str: '%'
formatting at run time when it holds a str, CPython's TypeError when it holds an int."""


def run(flag, n):
    fmt = "%s!" if flag else n
    try:
        return fmt % "x"
    except TypeError as e:
        return "TypeError: " + str(e)


ENTRY = "run"
SAMPLES = [(True, 3)]
CHECKS = [(False, 3), (True, 0)]
