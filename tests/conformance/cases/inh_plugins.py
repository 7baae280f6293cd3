"""A plugin hierarchy: each plugin transforms text; a pipeline runs them in order through the base class."""


class Plugin:
    name = "plugin"

    def __init__(self):
        self.calls = 0

    def apply(self, text):
        self.calls += 1
        return self.transform(text)

    def transform(self, text):
        return text


class Upper(Plugin):
    name = "upper"

    def transform(self, text):
        return text.upper()


class Strip(Plugin):
    name = "strip"

    def transform(self, text):
        return text.strip()


class Replace(Plugin):
    name = "replace"

    def __init__(self, old, new):
        super().__init__()
        self.old = old
        self.new = new

    def transform(self, text):
        return text.replace(self.old, self.new)


def make(spec):
    if spec == "upper":
        return Upper()
    if spec == "strip":
        return Strip()
    if spec.startswith("replace:"):
        _, old, new = spec.split(":")
        return Replace(old, new)
    return Plugin()


def run(specs, texts):
    pipeline = [make(s) for s in specs]
    out = []
    for t in texts:
        for p in pipeline:
            t = p.apply(t)
        out.append(t)
    return out, [(p.name, p.calls) for p in pipeline]


ENTRY = "run"
SAMPLES = [(["strip", "replace:a:o", "upper", "noop"], ["  banana ", "cat"])]
CHECKS = [([], ["x"]), (["upper"], [])]
