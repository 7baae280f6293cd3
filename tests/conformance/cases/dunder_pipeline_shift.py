"""A text Pipeline built with >>: steps are callable objects, `pipeline >> step` appends, a
string on the left (`"text" >> pipeline`) runs it through __rrshift__, and the pipeline itself
is callable."""


class Step:
    def __init__(self, kind, arg):
        self.kind = kind
        self.arg = arg

    def __call__(self, s):
        if self.kind == "upper":
            return s.upper()
        if self.kind == "strip":
            return s.strip(self.arg)
        if self.kind == "replace":
            return s.replace(self.arg, "_")
        return s + self.arg


class Pipeline:
    def __init__(self):
        self.steps = []

    def __rshift__(self, step):
        p = Pipeline()
        p.steps = self.steps + [step]
        return p

    def __rrshift__(self, text):
        return self(text)

    def __call__(self, text):
        for step in self.steps:
            text = step(text)
        return text

    def __len__(self):
        return len(self.steps)


def run(text, suffix):
    p = Pipeline() >> Step("strip", " .") >> Step("upper", "") >> Step("replace", " ")
    q = p >> Step("append", suffix)
    return p(text), text >> q, len(p), len(q), len(Pipeline())


ENTRY = "run"
SAMPLES = [("  hello big world. ", "!"), ("", "?")]
CHECKS = [("...", "")]
