"""try/except OverflowError around a big product: CPython never raises, so the product is returned."""


def guarded_mul(a, b):
    ran = 0
    caught = 0
    try:
        p = a * b
    except OverflowError:
        p = 0
        caught = 1
    finally:
        ran = 1
    return (p, caught, ran)


ENTRY = "guarded_mul"
SAMPLES = [(2**62, 2**62), (6, 7)]
CHECKS = [(2**63 - 1, 2**63 - 1), (-(2**63), -(2**63)), (-(2**63), 2**63 - 1), (3037000500, 3037000500),
          (3037000499, 3037000499), (-(2**63), 1), (-(2**63), -1), (0, -(2**63)), (2**32, 2**31)]
