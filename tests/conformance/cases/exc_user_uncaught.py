"""A user exception that nobody catches reaches the caller as 'ClassName: message'."""


class InsufficientFunds(Exception):
    pass


def withdraw(balance, amounts):
    for amt in amounts:
        if amt > balance:
            raise InsufficientFunds(f"cannot withdraw {amt}, balance is {balance}")
        balance -= amt
    return balance


ENTRY = "withdraw"
SAMPLES = [(100, [30, 20]), (5, [])]
CHECKS = [(10, [5, 6]), (0, [1]), (50, [50, 0])]
