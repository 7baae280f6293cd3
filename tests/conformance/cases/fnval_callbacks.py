"""An event dispatcher: callbacks registered in a dict of lists, fired in order."""


def dispatch(events):
    handlers = {}
    log = []

    def on(name, handler):
        handlers.setdefault(name, []).append(handler)

    def record(msg):
        log.append(msg)
        return len(log)

    on("click", lambda payload: record("click at " + payload))
    on("key", lambda payload: record("key " + payload.upper()))
    on("click", lambda payload: record("second click handler"))
    fired = 0
    for name, payload in events:
        for handler in handlers.get(name, []):
            handler(payload)
            fired += 1
    return fired, log


ENTRY = "dispatch"
SAMPLES = [([["click", "1,2"], ["key", "q"], ["scroll", "up"]],), ([],)]
CHECKS = [([["key", "a"], ["key", "b"], ["click", "0,0"]],)]
