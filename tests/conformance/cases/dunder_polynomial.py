"""A Polynomial with + and * (polynomials and ints, either side), evaluation through __call__,
coefficients through __getitem__, degree from __len__, == and a readable __str__/__repr__."""


class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    def __add__(self, other):
        if isinstance(other, int):
            return self + Poly([other])
        if not isinstance(other, Poly):
            return NotImplemented
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0)
                     for i in range(n)])

    def __radd__(self, other):
        return self + other

    def __mul__(self, other):
        if isinstance(other, int):
            return Poly([x * other for x in self.c])
        if not isinstance(other, Poly):
            return NotImplemented
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    def __rmul__(self, other):
        return self * other

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __getitem__(self, i):
        return self.c[i] if i < len(self.c) else 0

    def __len__(self):
        return len(self.c)

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            terms.append(f"{a}" if i == 0 else f"{a}x" if i == 1 else f"{a}x^{i}")
        return " + ".join(terms)

    def __repr__(self):
        return f"Poly({self.c})"


def polys(p, q, x):
    a, b = Poly(p), Poly(q)
    s = a + b
    m = a * b
    return [str(s), str(m), repr(3 * a), repr(1 + a), str(a * 0)], [a(x), b(x), m(x) == a(x) * b(x)], \
        [m[0], m[5], len(m)], a + b == b + a, a * b == b * a, a == b


ENTRY = "polys"
SAMPLES = [([1, 2], [3, 0, 1], 2), ([0], [5], -3)]
CHECKS = [([1, -1], [1, 1], 10), ([2, 0, 0, 0], [0, 1], 0)]
