"""Out of scope: hash() of None (or of a tuple holding it). CPython 3.11 hashes None by its
address, which changes from process to process."""


def key(n):
    return hash((n, None))


ENTRY = "key"
SAMPLES = [(3,)]
EXPECT = "hash() of tuple[int, None] (CPython 3.11 hashes None by its address)"
EXPECT_LINE = 6
