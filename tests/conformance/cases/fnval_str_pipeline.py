"""A list of str methods and functions applied in order to clean up text."""


def collapse(s):
    return " ".join(s.split())


def clean(lines, steps):
    available = {"strip": str.strip, "lower": str.lower, "title": str.title, "collapse": collapse,
                 "upper": str.upper}
    chosen = [available[name] for name in steps]
    out = []
    for line in lines:
        for f in chosen:
            line = f(line)
        out.append(line)
    return out


ENTRY = "clean"
SAMPLES = [(["  hello   WORLD ", "a  b"], ["strip", "lower", "collapse", "title"]), ([], [])]
CHECKS = [(["x"], ["upper"]), (["y"], ["shout"])]
