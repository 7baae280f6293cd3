"""float(str): whitespace, exponents, inf/infinity in any case, underscores; garbage raises ValueError."""


def parse(s):
    x = float(s)
    return x, str(x)


ENTRY = "parse"
SAMPLES = [("1e5",), ("  -3.5  ",), ("0.1",)]
CHECKS = [("inf",), ("-Infinity",), ("iNF",), ("1_000.5",), ("abc",), ("",), (".5",), ("5.",),
          ("1e-400",), ("-0",), ("1e309",), ("0x10",), ("1,5",), ("nan",), ("+1.25E+2",), ("..1",)]
