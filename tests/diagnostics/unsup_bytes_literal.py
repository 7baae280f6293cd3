"""Out of scope: a bytes literal compared with an encoded str."""


def is_magic(s):
    header = b"PK"
    return s.encode()[:2] == header


ENTRY = "is_magic"
SAMPLES = [("PK\x03\x04",), ("GIF",)]
EXPECT = "bytes"
EXPECT_LINE = 5
