"""Laziness visible through side effects: the generator's log interleaves with the consumer's."""


def produce(n, log):
    for i in range(n):
        log.append(f"make {i}")
        yield i
    log.append("done")


def consume(n):
    log = []
    g = produce(n, log)
    log.append("created")
    for x in g:
        log.append(f"use {x}")
        if x == 2:
            break
    log.append("after")
    return log


ENTRY = "consume"
SAMPLES = [(5,), (0,)]
CHECKS = [(2,), (3,)]
