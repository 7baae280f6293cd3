"""Money in cents: + and - with Money, * by an int, 0 + m through __radd__ (to total a list),
comparisons from functools.total_ordering, str() and repr(); mixing currencies raises ValueError
and adding a float is CPython's TypeError."""

from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def _check(self, other):
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def __add__(self, other):
        if isinstance(other, Money):
            self._check(other)
            return Money(self.cents + other.cents, self.currency)
        return NotImplemented

    def __radd__(self, cents):
        if not isinstance(cents, int):
            return NotImplemented
        return Money(cents + self.cents, self.currency)

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return Money(self.cents * n, self.currency)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents and self.currency == other.currency

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return self.cents < other.cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}{c // 100}.{c % 100:02d} {self.currency}"

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


def ledger(amounts, currency):
    total = Money(0, currency)
    for a in amounts:
        total += Money(a, currency)
    prices = [Money(a, currency) for a in amounts]
    cheapest = min(prices)
    out = [str(total), repr(cheapest), str(Money(150) * 3), str(25 + Money(75)), str(prices[0] - Money(1000, currency))]
    flags = [prices[0] < prices[-1], prices[0] >= prices[-1], prices[0] <= prices[0], prices[0] > cheapest]
    problems = []
    try:
        Money(1, "EUR") + Money(1, "USD")
    except ValueError as e:
        problems.append(str(e))
    try:
        Money(5) + 1.5
    except TypeError as e:
        problems.append(str(e))
    try:
        Money(1, "EUR") < Money(2, "GBP")
    except ValueError as e:
        problems.append(str(e))
    return out, flags, sorted(prices) == sorted(prices, reverse=True)[::-1], problems


ENTRY = "ledger"
SAMPLES = [([1999, 250, 5], "EUR"), ([100], "USD")]
CHECKS = [([-75, 75], "EUR"), ([0, 0, 0], "EUR")]
