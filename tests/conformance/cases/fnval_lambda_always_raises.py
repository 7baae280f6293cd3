"""A lambda (and a function) whose body always raises, passed to a helper that catches: the
helper records CPython's exception; no value ever comes out of the callee, so its result type is
the caller's to decide."""


def attempt(log, fn):
    try:
        log.append(fn())
    except Exception as e:
        log.append(type(e).__name__ + ": " + str(e))


def broken(k):
    return "{}{}".format(k)


def run(n):
    log = []
    attempt(log, lambda: "{}{}".format(n))
    attempt(log, lambda: "{}".format(n))
    attempt(log, lambda: broken(n + 1))
    return log


ENTRY = "run"
SAMPLES = [(2,)]
CHECKS = [(0,), (-7,)]
