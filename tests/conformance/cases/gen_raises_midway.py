"""A generator that raises midway: the consumer catches the error; the generator is finished."""


def parse_all(items):
    for s in items:
        yield int(s)


def safe_parse(items):
    g = parse_all(items)
    got = []
    try:
        for v in g:
            got.append(v)
    except ValueError as e:
        got.append(-1)
        msg = str(e)
    else:
        msg = "ok"
    return got, msg, next(g, 999)


ENTRY = "safe_parse"
SAMPLES = [(["1", "2", "x", "4"],), ([],)]
CHECKS = [(["7"],), (["a"],), (["3", "4.5"],)]
