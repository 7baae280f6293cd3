"""type(x).__name__ and x.__class__.__name__ name the run-time class of each instance."""


class Event:
    def __init__(self, at):
        self.at = at

    def tag(self):
        return f"{type(self).__name__}@{self.at}"


class Click(Event):
    pass


class Key(Event):
    def __init__(self, at, key):
        super().__init__(at)
        self.key = key

    def tag(self):
        return f"{self.__class__.__name__}({self.key})@{self.at}"


def run(spec):
    events = []
    for i, s in enumerate(spec):
        if s == "c":
            events.append(Click(i))
        elif s == "e":
            events.append(Event(i))
        else:
            events.append(Key(i, s))
    return [e.tag() for e in events], [type(e).__name__ for e in events]


ENTRY = "run"
SAMPLES = [("cexc",), ("",)]
CHECKS = [("zz",)]
