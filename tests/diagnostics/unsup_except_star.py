"""Out of scope: try/except* handling of exception groups."""


def safe_div(a, b):
    try:
        return a // b
    except* ZeroDivisionError:
        pass
    return 0


ENTRY = "safe_div"
SAMPLES = [(7, 2), (1, 0)]
EXPECT = "except*"
EXPECT_LINE = 7
