"""math functions on int arguments (converted to float; floor/ceil of an int is the int)."""
import math


def int_math(n):
    return math.sqrt(n), math.log(n), math.log10(n), math.floor(n), math.ceil(n), math.exp(n)


ENTRY = "int_math"
SAMPLES = [(4,), (10,)]
CHECKS = [(1,), (2**63 - 1,), (709,), (710,), (0,), (-1,), (-(2**63),)]
