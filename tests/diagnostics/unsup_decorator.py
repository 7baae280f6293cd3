"""Out of scope: a custom (user-defined) decorator applied to a helper function."""


def doubled(fn):
    def wrapper(x):
        return fn(x) * 2
    return wrapper


@doubled
def square(x):
    return x * x


def run(n):
    return square(n) + 1


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "decorator"
EXPECT_LINE = 10
