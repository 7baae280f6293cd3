"""Out of scope: f(*xs) with a list, whose length (and so the binding) is known only at run time."""


def area(w, h):
    return w * h


def run(dims):
    return area(*dims)


ENTRY = "run"
SAMPLES = [([2, 3],)]
EXPECT = "*list in a call"
EXPECT_LINE = 9
