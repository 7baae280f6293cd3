"""Out of scope: a bytes value (bytes literal)."""


def byte_count(n):
    b = b"ab" * n
    return len(b)


ENTRY = "byte_count"
SAMPLES = [(2,)]
EXPECT = "bytes"
EXPECT_LINE = 5
