"""An IntEnum compared with plain ints (the first IntEnum program people write): `code >=
Status.NOT_FOUND`, a member from its value, its name, and the int it is in arithmetic."""
from enum import IntEnum


class Status(IntEnum):
    OK = 200
    MOVED = 301
    NOT_FOUND = 404


def classify(code):
    if code >= Status.NOT_FOUND:
        kind = "error"
    elif code >= Status.MOVED:
        kind = "redirect"
    else:
        kind = "ok"
    known = Status(code).name if code in (200, 301, 404) else "?"
    return kind, known, code - Status.OK, Status.OK == code, code // Status.OK


ENTRY = "classify"
SAMPLES = [(500,), (200,)]
CHECKS = [(301,), (404,), (0,), (-1,), (999,)]
