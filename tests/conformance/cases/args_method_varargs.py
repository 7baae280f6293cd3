"""Methods with *args and keyword-only parameters: a path builder joining any number of parts."""


class Path:
    def __init__(self, root):
        self.parts = [root]

    def join(self, *parts, sep="/"):
        for p in parts:
            self.parts.append(p)
        return sep.join(self.parts)

    def extend(self, first, *more):
        self.parts.append(first)
        return len(more)


def run(root, a, b):
    p = Path(root)
    first = p.join(a)
    second = p.join(b, a, sep="\\")
    n = p.extend(a, b, b)
    return [first, second, n, p.join()]


ENTRY = "run"
SAMPLES = [("", "usr", "bin"), ("C:", "x", "y")]
CHECKS = [("r", "", "")]
