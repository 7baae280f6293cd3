"""int ** negative literal is a float in Python; ** with a non-negative int stays exact."""


def powers(a, n):
    return a ** -2, a ** n, 2 ** -1


ENTRY = "powers"
SAMPLES = [(3, 4)]
CHECKS = [(-2, 0), (10, 18), (7, 40)]
