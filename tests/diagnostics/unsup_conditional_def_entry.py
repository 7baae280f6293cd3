"""Out of scope: the entry is defined inside a module-level if statement."""
import sys

if sys.version_info >= (3, 8):
    def area(w, h):
        return w * h
else:
    def area(w, h):
        return -1


ENTRY = "area"
SAMPLES = [(3, 4)]
EXPECT = "function 'area' defined inside a module-level if statement"
EXPECT_LINE = 5
