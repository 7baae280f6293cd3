"""Out of scope: f(**d) of a mapping that is not a dict[str, T] (here dict[int, int]: CPython
raises "keywords must be strings" at run time; fxn binds **d of str keys only)."""


def area(width=1, height=1):
    return width * height


def run(n):
    sizes = {}
    for i in range(n):
        sizes[i] = i
    return area(**sizes)


ENTRY = "run"
SAMPLES = [(0,)]
EXPECT = "**dict[int, int] in a call"
EXPECT_LINE = 13
