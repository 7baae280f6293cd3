"""**kwargs whose values differ in type (a str and an int): a dict of dynamic values."""


def tag(name, **attrs):
    return name + str(len(attrs))


def run(n):
    return tag("img", src="a.png", width=n)


ENTRY = "run"
SAMPLES = [(10,)]
CHECKS = [(0,), (-3,)]
