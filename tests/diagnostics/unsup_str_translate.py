"""Out of scope: str.maketrans/str.translate (a table of int keys mixing str, int and None values)."""


def rot(s):
    return s.translate(str.maketrans("abc", "bca"))


ENTRY = "rot"
SAMPLES = [("aabbcc",)]
EXPECT = "method str.translate()"
EXPECT_LINE = 5
