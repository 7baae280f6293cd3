"""Ints past 64 bits under except clauses: int(str), round(), math.floor/factorial and max() give CPython's values, never fxn's limit to a handler."""

import math


def parse_round(s, x, n):
    out = []
    try:
        out.append(int(s) + 1)
    except Exception:
        out.append(-1)
    try:
        out.append(round(x))
    except OverflowError:
        out.append(-2)
    try:
        out.append(math.floor(x) + math.factorial(n))
    except ArithmeticError:
        out.append(-3)
    r = 3 ** 2
    for _ in range(n):
        r = r * 3
    try:
        out.append(max(r, n))
    except OverflowError:
        out.append(-4)
    return out


ENTRY = "parse_round"
SAMPLES = [("12", 2.5, 5)]
CHECKS = [("123456789012345678901234567890", 1e19, 30), ("-99999999999999999999999", -1e20, 25),
          (" 1_000_000_000_000_000_000_000 ", 1e300, 40), ("x", 2.5, 3), ("9" * 50, -2.5, 0),
          ("0x10", 3.5, 21), ("-9223372036854775809", 9.3e18, 20)]
