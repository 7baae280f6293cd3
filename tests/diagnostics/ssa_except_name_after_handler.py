"""The name an `except ... as e` binds is deleted when the handler ends: reading it after is refused."""


def parse(s):
    e = "ok"
    try:
        n = int(s)
    except ValueError as e:
        n = -1
    return n, e


ENTRY = "parse"
SAMPLES = [("3",)]
EXPECT = "except ... as e"
EXPECT_LINE = 10
