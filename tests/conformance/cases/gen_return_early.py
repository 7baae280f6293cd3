"""A bare `return` in the middle of a generator ends it; code after it never runs."""


def until_negative(xs, log):
    for x in xs:
        if x < 0:
            log.append("stop")
            return
        yield x
    log.append("end")


def run(xs):
    log = []
    got = list(until_negative(xs, log))
    return got, log


ENTRY = "run"
SAMPLES = [([3, 1, -2, 5],), ([],)]
CHECKS = [([1, 2],), ([-1],)]
