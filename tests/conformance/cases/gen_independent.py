"""Two generator objects of one function advance independently; an alias shares its generator."""


def letters(s):
    for c in s:
        yield c


def interleave(s):
    a = letters(s)
    b = letters(s)
    alias = a
    out = [next(a), next(b), next(alias), next(a, "-"), next(b, "-")]
    out.append("".join(alias))
    out.append("".join(b))
    return out


ENTRY = "interleave"
SAMPLES = [("abcde",), ("xyz",)]
CHECKS = [("pqrs",), ("abc",)]
