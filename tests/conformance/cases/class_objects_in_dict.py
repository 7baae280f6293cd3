"""Objects stored as dict values and looked up by key; updates through the looked-up reference stick."""


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


def ledger(owners, amounts):
    accounts = {}
    for owner, amount in zip(owners, amounts):
        if owner not in accounts:
            accounts[owner] = Account(owner)
        acct = accounts[owner]
        acct.deposit(amount)
    return {name: a.balance for name, a in accounts.items()}


ENTRY = "ledger"
SAMPLES = [(["ann", "bob", "ann"], [10, 5, 7])]
CHECKS = [([], []), (["x", "x", "x"], [1, -1, 1])]
