"""Out of scope: calling a function of a module fxn does not know (os.getpid)."""
import os


def salted(n):
    return n + os.getpid() * 0


ENTRY = "salted"
SAMPLES = [(3,)]
EXPECT = "os.getpid"
EXPECT_LINE = 6
