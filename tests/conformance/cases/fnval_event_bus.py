"""An event bus class holding callbacks in a dict of lists; handlers are lambdas and bound methods."""


class Log:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)
        return len(self.lines)


class EventBus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, name, handler):
        if name not in self.handlers:
            self.handlers[name] = []
        self.handlers[name].append(handler)

    def publish(self, name, payload):
        results = []
        for handler in self.handlers.get(name, []):
            results.append(handler(payload))
        return results


def run(events):
    log = Log()
    bus = EventBus()
    bus.subscribe("save", log.write)
    bus.subscribe("save", lambda text: len(text))
    bus.subscribe("load", lambda text: -len(text))
    out = [bus.publish(e.split(":")[0], e.split(":")[-1]) for e in events]
    return out, log.lines


ENTRY = "run"
SAMPLES = [(["save:a.txt", "load:b", "quit:x", "save:c"],), ([],)]
CHECKS = [(["load:"],)]
