"""@classmethod alternative constructors (cls(...)), inherited by a subclass so cls is the subclass."""


class Money:
    currency = "EUR"

    def __init__(self, cents):
        self.cents = cents

    @classmethod
    def from_text(cls, text):
        whole, _, frac = text.partition(".")
        return cls(int(whole) * 100 + int(frac or "0"))

    @classmethod
    def zero(cls):
        return cls(0)

    def show(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


class Dollars(Money):
    currency = "USD"

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.currency}"


def run(texts):
    out = [Money.from_text(t).show() for t in texts]
    out += [Dollars.from_text(t).show() for t in texts]
    out.append(Money.zero().show())
    out.append(Dollars.describe())
    return out


ENTRY = "run"
SAMPLES = [(["3.50", "12", "0.07"],)]
CHECKS = [([],)]
