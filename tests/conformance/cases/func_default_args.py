"""Default argument values are used when omitted and overridden positionally when given."""


def clamp(x, lo=0, hi=100):
    return max(lo, min(x, hi))


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def run(x, name):
    return [clamp(x), clamp(x, -10), clamp(x, -10, 10), greet(name), greet(name, "Hi"),
            greet(name, "Yo", "?")]


ENTRY = "run"
SAMPLES = [(150, "Ann"), (-50, "Bob")]
CHECKS = [(5, ""), (-(2**63), "é")]
