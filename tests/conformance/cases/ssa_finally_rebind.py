"""A name rebound in a finally block: every way out of the try meets there."""


def checked_div(a, b):
    status = 0
    try:
        status = a // b
    except ZeroDivisionError:
        status = -1
    finally:
        status = f"status={status}"
    return status


def tries(pairs):
    out = []
    for a, b in pairs:
        out.append(checked_div(a, b))
    return out


ENTRY = "tries"
SAMPLES = [([[7, 2], [1, 0], [-9, 4]],)]
CHECKS = [([],), ([[0, 0]],)]
