"""Out of scope: a statically typed list assigned to a variable that also takes a str (a dynamic
variable) and changed through that variable (fxn's dynamic value would hold a copy)."""


def run(n):
    xs = [n]
    v = xs if n > 0 else "none"
    if isinstance(v, list):
        v.append(0)
    return xs, v


ENTRY = "run"
SAMPLES = [(3,), (0,)]
EXPECT = "a statically typed list[int] that has another name, made a dynamic value"
EXPECT_LINE = 7
