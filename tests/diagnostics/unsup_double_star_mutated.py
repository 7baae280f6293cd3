"""Out of scope: f(**d) with a dict that is changed after it is built (its keys are known only at run time)."""


def connect(host, port=80):
    return host + ":" + str(port)


def run(host, n):
    options = {"host": host}
    if n > 0:
        options["port"] = n
    return connect(**options)


ENTRY = "run"
SAMPLES = [("x", 1)]
EXPECT = "**mapping in a call"
EXPECT_LINE = 12
