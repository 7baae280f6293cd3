"""str indexing (negative too) and slicing with steps; an out-of-range index raises IndexError."""


def pick(s, i):
    return s[i], s[-1], s[1:4], s[::-1], s[::2], s[-3:], s[i:], s[:i]


ENTRY = "pick"
SAMPLES = [("abcdefg", 2), ("python", -2)]
CHECKS = [("abcdefg", 6), ("abcdefg", -7), ("abcdefg", 7), ("abcdefg", -8), ("a", 0), ("", 0),
          ("xy", -(2**63)), ("xy", 2**63 - 1)]
