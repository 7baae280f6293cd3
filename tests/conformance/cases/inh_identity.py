"""`is` and == between a base-typed and a subclass-typed reference to the same instance (identity)."""


class Base:
    def __init__(self, tag):
        self.tag = tag


class Child(Base):
    pass


def run(tags):
    kids = [Child(t) for t in tags]
    everyone = [Base("root")]
    for k in kids:
        everyone.append(k)
    out = []
    for k in kids:
        found = [e for e in everyone if e is k]
        out.append([len(found), k in everyone, everyone[0] == k, everyone[-1] is k])
    return out


ENTRY = "run"
SAMPLES = [(["a", "b"],)]
CHECKS = [([],)]
