"""UnboundLocalError names the Python variable even when the read is of a later version of it."""


def pick(n):
    if n > 0:
        x = "positive"
        return x
    if n < -5:
        x = n * 2
    return f"twice: {x}"


ENTRY = "pick"
SAMPLES = [(3,), (-9,)]
CHECKS = [(0,), (-5,), (-6,)]
