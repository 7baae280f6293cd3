"""'%' presentation multiplies by 100 and appends '%'; default precision is 6."""


def pct(done, total):
    ratio = done / total
    return [f"{ratio:.1%}", f"{ratio:%}", f"{ratio:.0%}", f"{ratio:>8.2%}", f"{-ratio:.1%}"]


ENTRY = "pct"
SAMPLES = [(1, 3), (45, 60)]
CHECKS = [(0, 5), (5, 5), (1, 8), (7, 1000), (1, 0), (2, 3)]
