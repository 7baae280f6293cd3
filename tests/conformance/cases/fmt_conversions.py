"""!r and !s conversions in f-strings, combined with a format spec applied to the converted str."""


def convert(s, n):
    return [f"{s!r}", f"{s!s}", f"{s!r:>12}", f"{n!r}", f"{n!s:>5}", f"<{s!r:^10}>",
            f"{[s, n]!r}", f"{(s,)}", f"{None}", f"{n > 0}"]


ENTRY = "convert"
SAMPLES = [("hi", 3), ("it's", -12)]
CHECKS = [("", 0), ('say "x"', 7), ("é\n", 1), ("both ' and \"", 2)]
