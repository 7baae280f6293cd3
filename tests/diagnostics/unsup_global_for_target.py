"""Out of scope: a global assigned as a for loop's target (fxn assigns globals with = and +=)."""

last = 0


def scan(n):
    global last
    for last in range(n):
        pass
    return last


ENTRY = "scan"
SAMPLES = [(3,)]
EXPECT = "For of global 'last'"
EXPECT_LINE = 8
