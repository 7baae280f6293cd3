"""Out of scope: int.to_bytes (fxn has no bytes type)."""


def encode(n):
    return n.to_bytes(4, "big")


ENTRY = "encode"
SAMPLES = [(258,)]
EXPECT = "method int.to_bytes()"
EXPECT_LINE = 5
