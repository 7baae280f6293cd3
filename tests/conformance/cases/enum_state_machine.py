"""A vending-machine state machine over an Enum: transitions in a dict keyed by (state, event), members
compared with `is` and ==, methods and a property on the enum class, iteration in definition order."""
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    HAS_COIN = auto()
    VENDING = auto()
    OUT_OF_STOCK = auto()

    def can_accept_coin(self):
        return self is State.IDLE

    @property
    def label(self):
        return self.name.replace("_", " ").lower()


TRANSITIONS = {
    ("IDLE", "coin"): "HAS_COIN",
    ("HAS_COIN", "push"): "VENDING",
    ("HAS_COIN", "refund"): "IDLE",
    ("VENDING", "done"): "IDLE",
}


def step(state, event, stock):
    if state == State.VENDING and event == "done" and stock == 0:
        return State.OUT_OF_STOCK
    target = TRANSITIONS.get((state.name, event))
    if target is None:
        raise ValueError(f"no transition from {state.label} on {event!r}")
    return State[target]


def run(events, stock):
    state = State.IDLE
    trail = [state.name]
    coins = 0
    for event in events:
        if event == "coin" and state.can_accept_coin():
            coins += 1
        state = step(state, event, stock)
        if state is State.VENDING:
            stock -= 1
        trail.append(state.label)
        if state is State.OUT_OF_STOCK:
            break
    visits = {s: 0 for s in State}
    for name in trail:
        for s in State:
            if s.label == name or s.name == name:
                visits[s] += 1
    return trail, coins, [(s.name, s.value, visits[s]) for s in State], str(state), repr(state)


ENTRY = "run"
SAMPLES = [(["coin", "push", "done", "coin", "refund"], 3), (["coin", "push", "done"], 1)]
CHECKS = [([], 0), (["push"], 2), (["coin", "coin"], 1), (["coin", "push", "done", "coin", "push", "done"], 2)]
