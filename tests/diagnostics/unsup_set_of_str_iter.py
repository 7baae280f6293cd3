"""Out of scope: iterating a set of str (its order depends on per-process string hashing)."""


def count_known(text):
    n = 0
    for word in {"alpha", "beta", "gamma"}:
        if word in text:
            n += 1
    return n


ENTRY = "count_known"
SAMPLES = [("alpha and gamma",)]
EXPECT = "set of str"
EXPECT_LINE = 6
