"""format(value, spec) for ints, floats and strs; an empty spec is str(value)."""


def fmt_all(n, x, s):
    return [format(n, ""), format(n, "x"), format(n, ">6"), format(n, ","), format(x, ""),
            format(x, ".3f"), format(x, "e"), format(x, "08.2f"), format(s, "^7"), format(s, ""),
            format(s, ".2"), format(True, ""), format(True, "d")]


ENTRY = "fmt_all"
SAMPLES = [(255, 3.14159, "abc"), (-1, -0.5, "héllo")]
CHECKS = [(0, 0.0, ""), (10**18, 1e16, "日本語テキスト")]
