"""A Fraction class kept in lowest terms: + - * / with fractions and ints on either side,
comparisons, unary minus, abs(), hash() consistent with ==, and ZeroDivisionError."""

def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g

    def __add__(self, other):
        if isinstance(other, int):
            return self + Fraction(other)
        if not isinstance(other, Fraction):
            return NotImplemented
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __sub__(self, other):
        if isinstance(other, int):
            return Fraction(self.num - other * self.den, self.den)
        if not isinstance(other, Fraction):
            return NotImplemented
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    def __rsub__(self, other):
        if isinstance(other, int):
            return Fraction(other * self.den - self.num, self.den)
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, int):
            return Fraction(self.num * other, self.den)
        return Fraction(self.num * other.num, self.den * other.den)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        if isinstance(other, int):
            return Fraction(self.num, self.den * other)
        return Fraction(self.num * other.den, self.den * other.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, other):
        if isinstance(other, int):
            return self.den == 1 and self.num == other
        if not isinstance(other, Fraction):
            return NotImplemented
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


def fractions(a, b, c, d):
    x = Fraction(a, b)
    y = Fraction(c, d)
    out = [repr(x + y), repr(x + 1), repr(x - y), repr(x * y), repr(1 - x), repr(2 * y), repr(-x), repr(abs(Fraction(-a, b)))]
    cmp = [x == y, x < y, y < x, x == Fraction(2 * a, 2 * b), Fraction(4, 2) == 2, x != y]
    seen = {x: "x", y: "y"}
    try:
        q = repr(x / y)
    except ZeroDivisionError as e:
        q = "error: " + str(e)
    return out, cmp, q, len(seen), hash(Fraction(6, 3)) == hash(Fraction(2))


ENTRY = "fractions"
SAMPLES = [(1, 2, 1, 3), (3, 4, 0, 5)]
CHECKS = [(-2, 6, 4, -8), (5, 1, 10, 2), (1, 1, 1, 1)]
