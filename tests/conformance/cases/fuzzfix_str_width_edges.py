"""Padding and tab widths at the int64 and C int edges: ljust/rjust of a width near -2**63 pad
nothing; expandtabs() takes a C int, so a tabsize past it is CPython's OverflowError."""


def pad_all(s, width):
    return [s.ljust(width), s.ljust(width, "."), s.rjust(width), s.rjust(width, "*"),
            s.center(width, "-"), s.zfill(width)]


def layout(s, width, tabsize):
    padded = pad_all(s, width)
    try:
        expanded = s.expandtabs(tabsize)
    except OverflowError as e:
        expanded = "OverflowError: " + str(e)
    return padded, expanded, "x\ty".expandtabs(tabsize if -5 < tabsize < 5 else 4)


ENTRY = "layout"
SAMPLES = [("ab", 5, 4), ("İ\tz", -3, 2)]
CHECKS = [("İ", -2**63, 8), ("ab", -2**63 + 1, 2**31 - 1), ("", 3, 2**31), ("a\tb", 0, -2**31),
          ("tab\there", 2, -2**31 - 1), ("", -2**63, 2**63 - 1), ("-7", 4, -2**63)]
