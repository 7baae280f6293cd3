"""splitlines() splits on \\n, \\r\\n, \\r and other line boundaries; no trailing empty line."""


def lines(s):
    return s.splitlines(), s.splitlines(True), len(s.split("\n"))


ENTRY = "lines"
SAMPLES = [("one\ntwo\r\nthree\n",), ("a\rb\n\nc",)]
CHECKS = [("",), ("\n",), ("no newline",), ("x\x0by\x0cz\x1cw\x85v\u2028u",), ("\r\n\r\n",)]
