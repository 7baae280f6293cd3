"""try/except/else/finally run order: else only without an exception, finally always."""


def run(values, i):
    log = []
    try:
        log.append("try")
        v = values[i]
        log.append("got " + str(v))
    except IndexError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


ENTRY = "run"
SAMPLES = [([10, 20], 1), ([10, 20], 5)]
CHECKS = [([], 0), ([1], -1), ([1], -2)]
