"""int(str) accepts surrounding whitespace, underscores between digits, a sign and Unicode digits."""


def parse(s):
    return int(s)


ENTRY = "parse"
SAMPLES = [("42",), (" -17 ",), ("12_345",)]
CHECKS = [("12_3",), (" 42 ",), ("+7",), ("-0",), ("007",), ("abc",), ("1e5",), ("",), ("1.5",),
          ("_1",), ("1__2",), ("1_",), ("٣٤",), ("\t9\n",), ("0x10",), ("- 1",),
          ("9223372036854775807",)]
