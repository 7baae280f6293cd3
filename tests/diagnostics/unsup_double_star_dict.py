"""Out of scope: f(**d) with a dict built at run time (its keys bind parameters only at run time)."""


def connect(host, port=80):
    return host + ":" + str(port)


def run(options):
    return connect(**options)


ENTRY = "run"
SAMPLES = [({"host": "x", "port": "1"},)]
EXPECT = "**mapping in a call"
EXPECT_LINE = 9
