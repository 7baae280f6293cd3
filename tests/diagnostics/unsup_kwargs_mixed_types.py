"""Out of scope: **kwargs whose values differ in type (fxn dicts hold one type)."""


def tag(name, **attrs):
    return name + str(len(attrs))


def run(n):
    return tag("img", src="a.png", width=n)


ENTRY = "run"
SAMPLES = [(10,)]
EXPECT = "holding str and int values"
EXPECT_LINE = 9
