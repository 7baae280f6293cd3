"""Functions with docstrings and `pass` bodies, returning None implicitly, called for effects."""


def noop(x):
    """Does nothing."""
    pass


def record(log, msg):
    """Appends msg to log, returns nothing."""
    log.append(msg.upper())


def run(msgs):
    log = []
    results = []
    for m in msgs:
        results.append(record(log, m))
        results.append(noop(m))
    return log, results


ENTRY = "run"
SAMPLES = [(["a", "b"],), ([],)]
CHECKS = []
