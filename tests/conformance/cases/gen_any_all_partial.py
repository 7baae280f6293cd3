"""any()/all() of a generator stop at the deciding item; the rest stays for later consumers."""


def checked(xs, log):
    for x in xs:
        log.append(x)
        yield x


def scan(xs):
    log = []
    g = checked(xs, log)
    found = any(x > 10 for x in g)
    after_any = list(log)
    rest = list(g)
    h = checked(xs, log)
    ok = all(h)
    left = next(h, -1)
    return found, after_any, rest, ok, left, log


ENTRY = "scan"
SAMPLES = [([3, 12, 5, 0, 7],), ([],)]
CHECKS = [([1, 2],), ([20, 0, 30],)]
