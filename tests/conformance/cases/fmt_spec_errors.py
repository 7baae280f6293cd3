"""Invalid format specs raise ValueError with CPython's exact messages."""


def apply(kind, n):
    if kind == "precision_int":
        return f"{n:.2d}"
    if kind == "str_d":
        return f"{str(n):d}"
    if kind == "float_x":
        return f"{n / 2:x}"
    if kind == "comma_s":
        return f"{str(n):,}"
    if kind == "sign_str":
        return f"{str(n):+}"
    return f"{n:d}"


ENTRY = "apply"
SAMPLES = [("ok", 5)]
CHECKS = [("precision_int", 5), ("str_d", 5), ("float_x", 5), ("comma_s", 5), ("sign_str", 5)]
