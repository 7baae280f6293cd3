"""Out of scope: a statically typed list stored into a record of mixed values and then changed in
place (fxn would copy the list into the dynamic value; CPython shows the change through both)."""


def run(n):
    xs = [1, 2]
    d = {"a": xs, "b": "s"}
    xs.append(n)
    return d


ENTRY = "run"
SAMPLES = [(3,)]
EXPECT = "a statically typed list[int] that has another name, made a dynamic value"
EXPECT_LINE = 7
