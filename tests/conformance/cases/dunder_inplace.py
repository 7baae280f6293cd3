"""In-place operators: __iadd__ mutates and returns self (so aliases see the change), a class
without __iadd__ falls back to __add__ (a new object; aliases keep the old one), and += on
fields and list items of instances."""


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other.items)
        return self

    def __add__(self, other):
        return Bag(self.items + other.items)

    def __len__(self):
        return len(self.items)


class Total:
    def __init__(self, value):
        self.value = value

    def __add__(self, n):
        return Total(self.value + n)

    def __isub__(self, n):
        self.value -= n
        return self


class Holder:
    def __init__(self):
        self.total = Total(0)


def inplace(xs, ys):
    a = Bag(xs)
    alias = a
    a += Bag(ys)
    b = Bag(xs)
    c = b + Bag(ys)
    t = Total(1)
    t_alias = t
    t += 5
    t -= 2
    h = Holder()
    h.total += 10
    h.total -= 3
    bags = [Bag(xs), Bag(ys)]
    bags[0] += bags[1]
    err = ""
    try:
        t *= 2
    except TypeError as e:
        err = str(e)
    return a.items, alias is a, len(alias), len(b), len(c), t.value, t_alias.value, t is t_alias, h.total.value, \
        bags[0].items, err


ENTRY = "inplace"
SAMPLES = [([1, 2], [3]), ([], [])]
CHECKS = [([5], [6, 7, 8])]
