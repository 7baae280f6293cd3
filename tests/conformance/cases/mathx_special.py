"""Special functions: gamma/lgamma (CPython's Lanczos), erf/erfc, exp2, cbrt, and logs of ints and in a base."""
import math


def normal_cdf(x, mu, sigma):
    return 0.5 * math.erfc(-(x - mu) / (sigma * math.sqrt(2.0)))


def beta(a, b):
    return math.exp(math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))


def digits(n, base):
    return int(math.log(n, base)) + 1 if n > 0 else 1


def attempt(name, x):
    try:
        if name == "gamma":
            return str(math.gamma(x))
        if name == "lgamma":
            return str(math.lgamma(x))
        if name == "erf":
            return str(math.erf(x))
        if name == "erfc":
            return str(round(math.erfc(x), 12))  # musl (wasm32) and glibc differ in the last bit
        if name == "exp2":
            return str(math.exp2(x))
        if name == "cbrt":
            return str(round(math.cbrt(x), 12))  # libms differ in cbrt's last bit
        return str(math.log(x, 10))
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def run(x, n):
    out = [attempt(f, x) for f in ("gamma", "lgamma", "erf", "erfc", "exp2", "cbrt", "log")]
    out.append(str(round(normal_cdf(x, 0.0, 1.0), 12) if math.isfinite(x) else 0.0))
    out.append(str(beta(2.5, 3.5)))
    out.append(str(digits(n, 10)))
    try:
        out.append(str(math.log(n)))
        out.append(str(math.log2(n)))
        out.append(str(math.log10(n)))
        out.append(str(math.log(n, 2)))
    except ValueError as e:
        out.append(str(e))
    return out


ENTRY = "run"
SAMPLES = [(0.5, 1000), (4.5, 7), (-2.5, 1)]
CHECKS = [(0.0, 0), (-0.0, -5), (1.0, 2), (2.0, 1024), (-1.0, 3), (171.5, 10**18), (172.0, 9),
          (-180.5, 12), (1e-25, 8), (-1e-25, 8), (1e-320, 1), (float("inf"), 5), (float("-inf"), 5),
          (float("nan"), 5), (3.0, 999), (10.1, 100), (-0.5, 2**53 + 1), (1100.0, 16), (-1100.0, 4), (27.0, 27),
          (0.1, 33), (5.5, 1)]
