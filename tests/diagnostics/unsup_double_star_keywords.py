"""Out of scope: f(**d) with keys known only at run time in a call that also passes keywords (a
key of d repeating one raises a TypeError naming the importer's name for the module)."""


def connect(host, port=80, secure=False):
    return host + ":" + str(port) + ("s" if secure else "")


def run(options):
    return connect(secure=True, **options)


ENTRY = "run"
SAMPLES = [({"host": "x", "port": "1"},)]
EXPECT = "in a call with other keywords"
EXPECT_LINE = 10
