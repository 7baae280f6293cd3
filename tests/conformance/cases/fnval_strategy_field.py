"""A function value stored in an object's field (the strategy pattern) and called through self."""


def linear(x, rate):
    return x * rate


def capped(x, rate):
    return min(x * rate, 100.0)


class Pricer:
    def __init__(self, rule, rate):
        self.rule = rule
        self.rate = rate

    def price(self, x):
        return self.rule(x, self.rate)


def run(amounts, rate):
    pricers = [Pricer(linear, rate), Pricer(capped, rate), Pricer(lambda x, r: x + r, rate)]
    return [[p.price(a) for a in amounts] for p in pricers]


ENTRY = "run"
SAMPLES = [([1.0, 50.0, 200.0], 1.5), ([], 0.0)]
CHECKS = [([-3.0], 2.0)]
