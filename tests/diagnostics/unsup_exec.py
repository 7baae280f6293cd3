"""Out of scope: exec() of a string of statements into a namespace dict."""


def compute(n):
    ns = {"n": n}
    exec("result = n * n + 1", ns)
    return ns["result"]


ENTRY = "compute"
SAMPLES = [(5,)]
EXPECT = "exec()"
EXPECT_LINE = 6
