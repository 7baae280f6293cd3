"""Out of scope: a statically typed list stored into a record of mixed values and changed through
the record (fxn's dynamic value would hold a copy; CPython changes the one list)."""


def run(n):
    xs = [1, 2]
    d = {"a": xs, "b": "s"}
    d["a"].append(n)
    return xs


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "a statically typed list[int] that has another name, made a dynamic value"
EXPECT_LINE = 7
