"""A Transaction context manager: commits when the body ends normally, rolls back and suppresses
the error when __exit__ returns True, and __exit__ also runs on return and break."""


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.history = []


class Transaction:
    def __init__(self, account):
        self.account = account
        self.saved = 0

    def __enter__(self):
        self.saved = self.account.balance
        self.account.history.append("begin")
        return self.account

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.account.history.append("commit")
            return False
        self.account.balance = self.saved
        self.account.history.append("rollback: " + str(exc))
        return True


def withdraw(acc, amount):
    with Transaction(acc) as a:
        a.balance -= amount
        if a.balance < 0:
            raise ValueError(f"insufficient funds for {amount}")
        return a.balance
    return -1


def transfers(start, amounts):
    acc = Account(start)
    results = []
    for amount in amounts:
        results.append(withdraw(acc, amount))
    for amount in amounts:
        with Transaction(acc):
            if amount > 100:
                break
            acc.balance += 1
    return results, acc.balance, acc.history


ENTRY = "transfers"
SAMPLES = [(100, [30, 50, 40, 10]), (10, [200, 5])]
CHECKS = [(0, []), (5, [5, 1])]
