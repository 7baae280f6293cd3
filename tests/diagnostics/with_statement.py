"""Out of scope: a with statement (on a module-level lock)."""
import threading

LOCK = threading.Lock()


def locked_add(a, b):
    with LOCK:
        s = a + b
    return s


ENTRY = "locked_add"
SAMPLES = [(1, 2)]
EXPECT = "with statement"
EXPECT_LINE = 8
