"""finally runs when the try block returns; a return inside finally overrides the earlier one."""


def with_log(log, x):
    try:
        log.append("body")
        return x * 2
    finally:
        log.append("cleanup")


def override(x):
    try:
        return x
    finally:
        if x < 0:
            return 0


def run(x):
    log = []
    r = with_log(log, x)
    return r, log, override(x)


ENTRY = "run"
SAMPLES = [(5,), (-3,)]
CHECKS = [(0,)]
