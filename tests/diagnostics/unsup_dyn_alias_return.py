"""Out of scope: a function returning a statically typed list on one path and a str on another
(a dynamic result), whose list the caller then changes (fxn's result would be a copy)."""


def pick(xs, flag):
    if flag:
        return xs
    return "none"


def run(n):
    xs = [n]
    got = pick(xs, n > 0)
    xs.append(5)
    return got


ENTRY = "run"
SAMPLES = [(3,), (0,)]
EXPECT = "a statically typed list[int] that has another name, made a dynamic value"
EXPECT_LINE = 7
