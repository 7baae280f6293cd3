"""enumerate() and zip() over generators in for loops: lazy, zip stops at the shortest."""


def numbered(n, log):
    for i in range(n):
        log.append(f"gen {i}")
        yield i * 3


def run(n, names):
    log = []
    for i, v in enumerate(numbered(n, log), 1):
        log.append(f"{i}:{v}")
    for name, v in zip(names, numbered(n, log)):
        log.append(f"{name}={v}")
    for v, name in zip(numbered(n, log), names):
        log.append(f"{v}/{name}")
    return log


ENTRY = "run"
SAMPLES = [(3, ["a", "b"]), (0, [])]
CHECKS = [(2, ["x", "y", "z"]), (1, ["q"])]
