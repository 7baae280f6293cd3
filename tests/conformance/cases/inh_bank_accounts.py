"""A bank: Account with Savings and Checking subclasses overriding withdraw() and month_end()."""


class Account:
    kind = "basic"

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        self.balance += amount
        self.log.append(f"+{amount}")

    def withdraw(self, amount):
        if amount > self.balance:
            self.log.append(f"refused {amount}")
            return False
        self.balance -= amount
        self.log.append(f"-{amount}")
        return True

    def month_end(self):
        pass


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest)


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance, overdraft):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            self.log.append(f"refused {amount}")
            return False
        self.balance -= amount
        self.log.append(f"-{amount}")
        return True


def simulate(ops):
    accounts = [Account("ann", 100), Savings("bob", 1000, 2), Checking("cy", 50, 100)]
    for line in ops:
        op, who, text = line.split()
        acct = accounts[int(who)]
        amount = int(text)
        if op == "d":
            acct.deposit(amount)
        elif op == "w":
            acct.withdraw(amount)
        else:
            for a in accounts:
                a.month_end()
    return [(a.owner, a.kind, a.balance, a.log) for a in accounts]


ENTRY = "simulate"
SAMPLES = [(["d 0 10", "w 1 200", "w 2 120", "w 0 500", "m 1 0"],)]
CHECKS = [([],), (["w 2 151", "w 2 150", "m 1 0", "m 1 0"],)]
