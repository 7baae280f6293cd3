"""The remaining numeric operators on a Mod-arithmetic class: // % ** (and their reflections),
/ with ZeroDivisionError raised by the method, << >> & | ^, unary + and ~."""


class Mod:
    def __init__(self, value, m=97):
        self.m = m
        self.value = value % m

    def _v(self, other):
        return other.value if isinstance(other, Mod) else other

    def __add__(self, other):
        return Mod(self.value + self._v(other), self.m)

    def __mul__(self, other):
        return Mod(self.value * self._v(other), self.m)

    def __pow__(self, e):
        result = Mod(1, self.m)
        base = Mod(self.value, self.m)
        while e > 0:
            if e & 1:
                result = result * base
            base = base * base
            e >>= 1
        return result

    def __rpow__(self, base):
        return Mod(base, self.m) ** self.value

    def __truediv__(self, other):
        v = self._v(other) % self.m
        if v == 0:
            raise ZeroDivisionError("division by zero modulo " + str(self.m))
        return self * (Mod(v, self.m) ** (self.m - 2))

    def __floordiv__(self, k):
        return Mod(self.value // k, self.m)

    def __mod__(self, k):
        return self.value % k

    def __rmod__(self, k):
        return k % self.value

    def __lshift__(self, k):
        return Mod(self.value << k, self.m)

    def __rshift__(self, k):
        return Mod(self.value >> k, self.m)

    def __and__(self, k):
        return self.value & k

    def __or__(self, k):
        return self.value | k

    def __xor__(self, k):
        return self.value ^ k

    def __pos__(self):
        return Mod(self.value, self.m)

    def __invert__(self):
        return Mod(-self.value, self.m)

    def __repr__(self):
        return f"{self.value} (mod {self.m})"


def modular(a, b):
    x, y = Mod(a), Mod(b)
    out = [repr(x ** 5), repr(2 ** y), repr(x // 3), str(x % 10), str(1000 % Mod(a + 1)), repr(x << 3),
           repr(x >> 1), str(x & 6), str(x | 6), str(x ^ 6), repr(+x), repr(~x)]
    try:
        out.append(repr(x / y))
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


ENTRY = "modular"
SAMPLES = [(10, 3), (5, 97)]
CHECKS = [(96, 1), (0, 2)]
