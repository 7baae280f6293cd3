"""Out of scope: e.args of a built-in exception (fxn keeps its message only)."""


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        return len(e.args)


ENTRY = "parse"
SAMPLES = [("x",)]
EXPECT = "'.args' of a built-in exception"
EXPECT_LINE = 8
