"""Out of scope: a `global` statement used to write a module-level counter."""

counter = 0


def tick(n):
    global counter
    for _ in range(n):
        counter += 1
    return n * 2


ENTRY = "tick"
SAMPLES = [(3,)]
EXPECT = "global statement"
EXPECT_LINE = 7
