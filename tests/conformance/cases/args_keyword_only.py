"""Keyword-only options after a bare `*`: given by name, in any order, with defaults."""


def fmt_number(x, *, width=8, precision=2, sign=False):
    spec = ("+" if sign else "") + str(width) + "." + str(precision) + "f"
    return format(x, spec)


def run(x):
    return [
        fmt_number(x),
        fmt_number(x, precision=0),
        fmt_number(x, sign=True, width=12),
        fmt_number(x, width=3, precision=4, sign=False),
    ]


ENTRY = "run"
SAMPLES = [(3.14159,), (-2.5,)]
CHECKS = [(0.0,), (1e10,), (-0.0,)]
