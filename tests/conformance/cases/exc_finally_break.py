"""finally runs on break and continue out of a loop body; the loop then continues or stops."""


def loop(xs):
    log = []
    for x in xs:
        try:
            if x < 0:
                continue
            if x == 0:
                break
            log.append(x)
        finally:
            log.append(-100)
    return log


ENTRY = "loop"
SAMPLES = [([1, -2, 3, 0, 4],), ([5],)]
CHECKS = [([],), ([0, 1],), ([-1, -1],)]
