"""A default that is an instance of a user class: one object for every call, as CPython creates it once."""


class Tally:
    def __init__(self):
        self.n = 0


DEFAULT = Tally()


def bump(t=DEFAULT, by=1):
    t.n += by
    return t.n


def run(k):
    own = Tally()
    a = bump()
    b = bump(by=k)
    c = bump(own, k)
    return [a, b, c, bump(), DEFAULT.n, own.n]


ENTRY = "run"
SAMPLES = [(2,), (5,)]
CHECKS = [(0,), (-3,)]
