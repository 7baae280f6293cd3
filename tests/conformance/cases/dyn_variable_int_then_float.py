"""A variable that holds an int and later a float (s = 0, then s + 0.5): dynamic, int for zero
iterations, float after."""


def drift(n):
    s = 0
    for i in range(n):
        s = s + 0.5
    return s


ENTRY = "drift"
SAMPLES = [(3,)]
CHECKS = [(0,), (1,), (10,), (-2,)]
