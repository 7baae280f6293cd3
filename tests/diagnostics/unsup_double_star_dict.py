"""Out of scope: f(**d) whose values (str) and a default it may fill (the int 80) differ in type (a
parameter holds one type)."""


def connect(host, port=80):
    return host + ":" + str(port)


def run(options):
    return connect(**options)


ENTRY = "run"
SAMPLES = [({"host": "x", "port": "1"},)]
EXPECT = "**d of str values binding connect() parameter 'port'"
EXPECT_LINE = 10
