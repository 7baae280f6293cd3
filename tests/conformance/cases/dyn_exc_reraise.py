"""A bare `raise` in an except block re-raises the same exception after local handling; the caller
returns a list of int or a list with the message (a dynamic result)."""


def parse_checked(items, log):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError:
            log.append("bad: " + s)
            raise
    return out


def run(items):
    log = []
    try:
        return parse_checked(items, log), log
    except ValueError as e:
        return [str(e)], log


ENTRY = "run"
SAMPLES = [(["1", "2"],), (["1", "x", "y"],)]
CHECKS = [(["7"],), ([],), (["x"],)]
