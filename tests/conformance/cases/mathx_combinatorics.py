"""Counting with math.comb, math.perm, math.factorial, math.gcd/lcm and math.isqrt, including CPython's errors."""
import math


def lottery_odds(pool, picks):
    return math.comb(pool, picks)


def seatings(people, chairs):
    return math.perm(people, chairs)


def reduce_fraction(num, den):
    g = math.gcd(num, den)
    return num // g, den // g


def tile_side(area):
    side = math.isqrt(area)
    return side, side * side == area


def counts(n, k):
    out = []
    for f in ("comb", "perm", "factorial", "isqrt"):
        try:
            if f == "comb":
                out.append(str(lottery_odds(n, k)))
            elif f == "perm":
                out.append(str(seatings(n, k)) if k <= 3 or n <= 20 else "-")
            elif f == "factorial":
                out.append(str(math.factorial(n)) if n <= 20 else "-")
            else:
                out.append(str(tile_side(n)[0]))
        except ValueError as e:
            out.append(str(e))
    try:
        out.append(str(math.perm(n)) if n <= 20 else "-")
    except ValueError as e:
        out.append(str(e))
    out.append(str(math.gcd(n, k)))
    out.append(str(math.gcd()))
    out.append(str(math.gcd(n)))
    out.append(str(math.gcd(n, k, 12, 18)))
    out.append(str(math.lcm(n, k) if abs(n) < 10**9 and abs(k) < 10**9 else -1))
    out.append(str(math.lcm()))
    out.append(str(math.lcm(n)))
    out.append(str(math.lcm(n % 1000, 4, 6)))
    out.append(str(reduce_fraction(n, k) if k != 0 else (0, 0)))
    out.append(str(tile_side(abs(n))))
    return out


def factorial_table(n):
    return [math.factorial(i) for i in range(n + 1)]


ENTRY = "counts"
SAMPLES = [(10, 3), (20, 20), (49, 6)]
CHECKS = [(0, 0), (5, 7), (-1, 2), (3, -1), (21, 2), (66, 33), (100, 3), (10**6, 2), (10**6, 3),
          (9223372036854775807, 1), (-36, 24), (144, 0), (3037000499**2, 1),
          (3037000499**2 - 1, 1), (62, 31),
          (60, 30), (34, 17), (68, 34), (-2**63, 0)]
LIMITS = [((68, 34), "OverflowError: integer overflow: the result does not fit in fxn's 64-bit int"),
          ((-2**63, 0), "OverflowError: integer overflow: the result does not fit in fxn's 64-bit int")]
