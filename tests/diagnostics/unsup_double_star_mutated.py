"""Out of scope: f(**d) of a dict whose values differ in type (a dynamic value, not a dict[str, T])."""


def connect(host, port=80):
    return host + ":" + str(port)


def run(host, n):
    options = {"host": host}
    if n > 0:
        options["port"] = n
    return connect(**options)


ENTRY = "run"
SAMPLES = [("x", 1)]
EXPECT = "**dynamic in a call"
EXPECT_LINE = 12
