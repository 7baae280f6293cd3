"""A generator yielding ints and None (items of type int | None), filtered by the consumer."""


def parse_maybe(items):
    for s in items:
        if s.isdigit():
            yield int(s)
        else:
            yield None


def total_valid(items):
    total = 0
    missing = 0
    for v in parse_maybe(items):
        if v is None:
            missing += 1
        else:
            total += v
    return total, missing, next(parse_maybe(items), -1)


ENTRY = "total_valid"
SAMPLES = [(["1", "x", "22", ""],), ([],)]
CHECKS = [(["a"],), (["5"],)]
