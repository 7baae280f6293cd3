"""Ackermann function: deep, irregular recursion with two arguments."""


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


ENTRY = "ack"
SAMPLES = [(2, 3), (1, 1)]
CHECKS = [(0, 0), (3, 3), (3, 4), (2, 100)]
