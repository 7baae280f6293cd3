"""Out of scope: enum.Flag (members combined with |)."""
from enum import Flag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()


def can_write(bits):
    return Perm.WRITE in Perm(bits)


ENTRY = "can_write"
SAMPLES = [(3,)]
EXPECT = "enum.Flag"
EXPECT_LINE = 5
