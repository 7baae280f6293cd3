"""An instance attribute that shadows a class attribute of the same name on some instances only:
reads find the instance's own once it assigned one, else the class's (the run-time class's
value, or the class attribute as functions changed it), as CPython's attribute lookup does."""


class Account:
    limit = 100
    hits = 10

    def __init__(self, balance, vip):
        self.balance = balance
        self.hits += 1
        if vip:
            self.limit = 1000

    def can_spend(self, amount):
        return amount <= self.balance + self.limit


class Gold(Account):
    limit = 500


class Counter:
    count = 5

    def __init__(self):
        self.count += 1


def run(amount, vip):
    accounts = [Account(10, vip), Account(10, not vip), Gold(10, vip)]
    spend = [a.can_spend(amount) for a in accounts]
    seen = [[a.limit, a.hits] for a in accounts]
    Account.limit = 50
    after = [a.limit for a in accounts]
    c = Counter()
    Counter.count += amount
    return spend, seen, after, [c.count, Counter.count, Counter().count]


ENTRY = "run"
SAMPLES = [(500, True)]
CHECKS = [(50, False), (105, True), (1000, False), (0, True)]
