"""-2**63 // b, % b, negation and abs: -2**63 // -1 and -(-2**63) are 2**63, one past int64."""


def min_div(b):
    n = -(2**63)
    return (n // b, n % b, -n, abs(n))


ENTRY = "min_div"
SAMPLES = [(7,), (-1,)]
CHECKS = [(1,), (2,), (-2,), (-7,), (3,), (2**63 - 1,), (-(2**63),), (0,), (1000000007,)]
