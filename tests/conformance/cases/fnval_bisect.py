"""A numeric solver taking the function to solve: called with a module function and with lambdas."""


def bisect(f, lo, hi, tol=1e-12):
    flo = f(lo)
    if flo * f(hi) > 0:
        raise ValueError("root not bracketed")
    for _ in range(200):
        mid = (lo + hi) / 2
        fmid = f(mid)
        if fmid == 0 or hi - lo < tol:
            return mid
        if (fmid < 0) == (flo < 0):
            lo, flo = mid, fmid
        else:
            hi = mid
    return (lo + hi) / 2


def cubic(x):
    return x * x * x - 2 * x - 5


def solve(c):
    r1 = bisect(cubic, 2.0, 3.0)
    r2 = bisect(lambda x: x * x - c, 0.0, max(1.0, c))
    r3 = bisect(lambda t: t - 0.25, 0.0, 1.0)
    return round(r1, 9), round(r2, 9), r3


ENTRY = "solve"
SAMPLES = [(2.0,), (9.0,)]
CHECKS = [(0.5,), (-1.0,)]
