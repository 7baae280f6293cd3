"""str.join over generator objects and generator expressions of strings."""


def labels(n):
    for i in range(n):
        yield f"item{i}"


def render(n, sep):
    a = sep.join(labels(n))
    g = (s.upper() for s in labels(n) if s.endswith("1") or n < 3)
    b = "|".join(g)
    return a + "/" + b


ENTRY = "render"
SAMPLES = [(3, ", "), (0, "-")]
CHECKS = [(12, ""), (1, "+")]
