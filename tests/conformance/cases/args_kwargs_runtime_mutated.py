"""f(**d) with a dict changed after it is built: a parameter it leaves out takes its default."""


def connect(host="localhost", port="80"):
    return host + ":" + port


def run(host, n):
    options = {"port": str(n)}
    if host:
        options["host"] = host
    if n < 0:
        del options["port"]
    return connect(**options)


ENTRY = "run"
SAMPLES = [("x", 1), ("y", 0)]
CHECKS = [("", 8080), ("z", -1)]
