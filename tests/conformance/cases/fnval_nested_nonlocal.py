"""nonlocal through two levels of nesting, and closures that outlive the call that made them."""


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance

        def check():
            if amount > balance:
                raise ValueError("insufficient funds: balance " + str(balance))

        check()
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return balance, len(history)

    return deposit, withdraw, report


def run(ops):
    deposit, withdraw, report = make_account(100)
    results = []
    for op in ops:
        kind, amount = op[0], int(op[1:])
        if kind == "d":
            results.append(deposit(amount))
        else:
            results.append(withdraw(amount))
    return results, report()


ENTRY = "run"
SAMPLES = [(["d50", "w30"],), ([],)]
CHECKS = [(["w500"],), (["d-1"],), (["d1", "w101", "w1"],)]
