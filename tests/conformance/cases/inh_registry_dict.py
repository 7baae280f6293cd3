"""A dict from names to instances of several subclasses (dict values join to the base); lookups dispatch."""


class Handler:
    def handle(self, arg):
        return f"unhandled {arg}"


class Echo(Handler):
    def handle(self, arg):
        return arg


class Reverse(Handler):
    def handle(self, arg):
        return arg[::-1]


class Repeat(Handler):
    def __init__(self, times):
        self.times = times

    def handle(self, arg):
        return arg * self.times


def dispatch(commands):
    handlers = {"echo": Echo(), "rev": Reverse(), "twice": Repeat(2)}
    handlers["thrice"] = Repeat(3)
    fallback = Handler()
    out = []
    for c in commands:
        name, _, arg = c.partition(" ")
        out.append(handlers.get(name, fallback).handle(arg))
    return out, sorted(handlers)


ENTRY = "dispatch"
SAMPLES = [(["echo hi", "rev abc", "twice ab", "thrice x", "nope z"],)]
CHECKS = [([],)]
