"""A state machine of State subclasses: each step returns the next state (returns join to the base class)."""


class State:
    name = "state"

    def next(self, ch):
        return self

    def accepting(self):
        return False


class Start(State):
    name = "start"

    def next(self, ch):
        if ch.isdigit():
            return InNumber()
        if ch == "-":
            return Sign()
        return Error()


class Sign(State):
    name = "sign"

    def next(self, ch):
        return InNumber() if ch.isdigit() else Error()


class InNumber(State):
    name = "number"

    def next(self, ch):
        return self if ch.isdigit() else Error()

    def accepting(self):
        return True


class Error(State):
    name = "error"


def matches(texts):
    out = []
    for t in texts:
        state = Start()
        trace = [state.name]
        for ch in t:
            state = state.next(ch)
            trace.append(state.name)
        out.append((state.accepting(), "/".join(trace)))
    return out


ENTRY = "matches"
SAMPLES = [(["12", "-3", "-", "1a2", ""],)]
CHECKS = [([],), (["--1"],)]
