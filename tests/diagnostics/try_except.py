"""Out of scope: a try/except statement."""


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0


ENTRY = "safe_div"
SAMPLES = [(7, 2), (1, 0)]
EXPECT = "try statement"
EXPECT_LINE = 5
