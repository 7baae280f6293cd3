"""Reading digits: `ch` rebound from a one-character str to its digit value."""


def parse_int(s):
    i, value, sign = 0, 0, 1
    if s[:1] == "-":
        sign, i = -1, 1
    while i < len(s):
        ch = s[i]
        if not "0" <= ch <= "9":
            raise ValueError(f"bad digit {ch!r}")
        ch = ord(ch) - ord("0")
        value = value * 10 + ch
        i += 1
    return sign * value


ENTRY = "parse_int"
SAMPLES = [("123",), ("-45",)]
CHECKS = [("",), ("-",), ("12a",), ("007",)]
