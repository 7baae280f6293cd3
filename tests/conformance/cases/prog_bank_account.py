"""A bank-account class with custom exceptions; a transaction log is replayed and errors recorded."""


class InsufficientFunds(Exception):
    pass


class AccountClosed(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.open = True

    def deposit(self, amount):
        if not self.open:
            raise AccountClosed(f"{self.owner}'s account is closed")
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount

    def withdraw(self, amount):
        if not self.open:
            raise AccountClosed(f"{self.owner}'s account is closed")
        if amount > self.balance:
            raise InsufficientFunds(f"balance {self.balance} < {amount}")
        self.balance -= amount


def replay(owner, ops, amounts):
    acct = Account(owner, 100)
    errors = []
    for op, amt in zip(ops, amounts):
        try:
            if op == "d":
                acct.deposit(amt)
            elif op == "w":
                acct.withdraw(amt)
            elif op == "close":
                acct.open = False
        except (InsufficientFunds, AccountClosed) as e:
            errors.append(type(e).__name__ + ": " + str(e))
    return acct.balance, errors


ENTRY = "replay"
SAMPLES = [("ann", ["d", "w", "w", "close", "d"], [50, 120, 100, 0, 5])]
CHECKS = [("bob", [], []), ("cy", ["d"], [0]), ("dee", ["w", "w"], [100, 1])]
