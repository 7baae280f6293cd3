"""A state machine: a transition table read, a current state and a log written at module level."""

TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "start"): "running",
    ("running", "stop"): "idle",
    ("paused", "stop"): "idle",
}
state = "idle"
LOG = []


def fire(event):
    global state
    key = (state, event)
    if key not in TRANSITIONS:
        raise ValueError(f"no transition from {state} on {event}")
    state = TRANSITIONS[key]
    LOG.append(f"{event}->{state}")
    return state


def run(events):
    seen = []
    for e in events:
        seen.append(fire(e))
    return [seen, len(LOG), LOG[-3:]]


ENTRY = "run"
SAMPLES = [(["start", "pause"],), (["start", "stop"],)]
CHECKS = [([],), (["stop"],), (["start", "pause", "pause"],), (["start"],)]
