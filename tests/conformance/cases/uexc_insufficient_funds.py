"""A user exception with fields: raised with super().__init__(msg), caught, its fields read."""


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

    def shortfall(self):
        return self.needed - self.available


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount


def run(balance, amounts):
    out = []
    for a in amounts:
        try:
            balance = withdraw(balance, a)
            out.append(f"ok {balance}")
        except InsufficientFunds as e:
            out.append(f"short by {e.shortfall()} ({e}) needed={e.needed}")
    return out


ENTRY = "run"
SAMPLES = [(100, [30, 80, 70]), (0, [])]
CHECKS = [(10, [11, 10, 1]), (5, [0])]
