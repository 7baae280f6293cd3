"""Out of scope: a bytes pattern (fxn's re compiles str patterns over str)."""
import re

HEADER = re.compile(rb"^GET (\S+)")


def path_of(line):
    m = HEADER.match(line.encode())
    return m.group(1).decode() if m else ""


ENTRY = "path_of"
SAMPLES = [("GET /index.html HTTP/1.1",)]
EXPECT = "bytes"
EXPECT_LINE = 8
