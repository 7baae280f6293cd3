"""Where a class's reflected method returns NotImplemented, CPython falls back to str, list and
tuple's own concatenation and repetition, whose TypeErrors are worded differently; `str % x`
formats before any __rmod__ is asked; `**`'s message says "** or pow()" and `**=`'s does not."""


class Meter:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        if isinstance(other, int):
            return other + self.n
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, int):
            return other * self.n
        return NotImplemented

    def __rmod__(self, other):
        return "rmod"

    def __pow__(self, other):
        if isinstance(other, int):
            return self.n ** other
        return NotImplemented

    def __str__(self):
        return "%d m" % self.n


def messages(text, n):
    m = Meter(n)
    out = [str(1 + m), str(2 * m), str(m ** 2), "%s!" % m]
    for case in range(8):
        try:
            if case == 0:
                out.append(text + m)
            elif case == 1:
                out.append(str([n] + m))
            elif case == 2:
                out.append(str((n,) + m))
            elif case == 3:
                out.append(text * m)
            elif case == 4:
                out.append(str(m ** text))
            elif case == 5:
                out.append("ab" % m)
            elif case == 6:
                x = m
                x **= text
                out.append(str(x))
            else:
                xs = [n]
                xs += m
                out.append(str(xs))
        except TypeError as e:
            out.append(str(e))
    return out


ENTRY = "messages"
SAMPLES = [("ab", 3)]
CHECKS = [("", 0), ("%s", -2)]
