"""A logger as people write it: log(*parts, sep=" ", level="info") joins any number of parts."""


def log(*parts, sep=" ", level="info"):
    words = []
    for p in parts:
        words.append(str(p))
    return f"[{level}] " + sep.join(words)


def run(user, n):
    return [
        log("login", user),
        log("retries:", str(n), level="warn"),
        log(n, n * 2, -n, sep=","),
        log(user, "x" * n, sep=""),
        log(),
        log(sep="-", level="debug"),
        log(1.5, level="trace"),
    ]


ENTRY = "run"
SAMPLES = [("ann", 3), ("bob", 0)]
CHECKS = [("", -1), ("zoë", 12345)]
